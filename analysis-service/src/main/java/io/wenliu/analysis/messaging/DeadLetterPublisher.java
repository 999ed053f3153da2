package io.wenliu.analysis.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.wenliu.analysis.events.Topics;
import io.wenliu.platform.events.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Copies a record that could not be handled to {@code articles.ingested.dlq}: original key, value and headers, plus
 * {@code dlq-reason}, {@code dlq-exception} and {@code dlq-original-topic/-partition/-offset}.
 */
@ApplicationScoped
public class DeadLetterPublisher {
    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Channel(Topics.DLQ_CHANNEL)
    MutinyEmitter<String> emitter;

    /** Forwards the original key and value; blocks until the broker acknowledged it. */
    public void send(ConsumerRecord<String, String> record, String reason, Throwable cause) {
        MDC.put("articleId", String.valueOf(record.key()));
        try {
            sendWithContext(record, reason, cause);
        } finally {
            MDC.remove("articleId");
        }
    }

    private void sendWithContext(ConsumerRecord<String, String> record, String reason, Throwable cause) {
        LOG.warnf(
                "dead-lettering %s-%d@%d: %s (%s)",
                record.topic(), record.partition(), record.offset(), reason, cause == null ? "-" : cause.toString());
        RecordHeaders headers = new RecordHeaders();
        DeadLetters.addHeaders(headers, record, reason, cause);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        String value = record.value() == null ? "" : record.value();
        emitter.sendMessageAndAwait(Message.of(value).addMetadata(metadata));
    }
}
