package io.wenliu.ingest.status;

import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.outbox.ProducedTopics;
import io.wenliu.platform.events.AckedMessages;
import io.wenliu.platform.events.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Copies a status record that cannot be read to {@code articles.status.dlq} through the outgoing channel {@link
 * #CHANNEL}: original key, value and headers, plus {@code dlq-reason}, {@code dlq-exception} and {@code
 * dlq-original-topic/-partition/-offset}.
 */
@ApplicationScoped
public class StatusDeadLetters {

    private static final Logger LOG = Logger.getLogger(StatusDeadLetters.class);

    /** Channel producing articles.status.dlq. */
    public static final String CHANNEL = "articles-status-dlq";

    /** Longest wait for the ack: beyond the channel's own max.block.ms plus delivery.timeout.ms (10 s each). */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Inject
    ProducedTopics topics;

    /** Sends the copy and waits for the broker's acknowledgement; throws if it was not acknowledged. */
    public void send(ConsumerRecord<String, String> original, String reason, Throwable cause) {
        if (!topics.created()) {
            // the broker would auto-create it with its own defaults: wait (the caller retries) for ProducedTopics
            throw new IllegalStateException(Topics.ARTICLES_STATUS_DLQ + " is not created yet");
        }
        LOG.warnf(
                "dead-lettering %s-%d@%d to %s: %s",
                original.topic(), original.partition(), original.offset(), Topics.ARTICLES_STATUS_DLQ, reason);
        RecordHeaders headers = new RecordHeaders();
        DeadLetters.addHeaders(headers, original, reason, cause);
        try {
            AckedMessages.send(emitter, original.key(), original.value(), headers)
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter not acknowledged: " + e, e);
        }
    }
}
