package io.wenliu.ingest.status;

import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.outbox.KafkaClients;
import io.wenliu.platform.events.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Copies a status record that cannot be read to {@code articles.status.dlq}: original key, value and headers, plus
 * {@code dlq-reason}, {@code dlq-exception} and {@code dlq-original-topic/-partition/-offset}.
 */
@ApplicationScoped
public class StatusDeadLetters {

    private static final Logger LOG = Logger.getLogger(StatusDeadLetters.class);

    @Inject
    KafkaClients kafka;

    /** Sends the copy and waits for the broker's acknowledgement; throws if it was not acknowledged. */
    public void send(ConsumerRecord<String, String> original, String reason, Throwable cause) {
        LOG.warnf(
                "dead-lettering %s-%d@%d to %s: %s",
                original.topic(), original.partition(), original.offset(), Topics.ARTICLES_STATUS_DLQ, reason);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.ARTICLES_STATUS_DLQ, original.key(), original.value());
        DeadLetters.addHeaders(record.headers(), original, reason, cause);
        try {
            kafka.producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("dead-letter not acknowledged: " + e.getCause(), e.getCause());
        }
    }
}
