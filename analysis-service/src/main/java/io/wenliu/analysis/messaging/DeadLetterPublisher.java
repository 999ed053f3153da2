package io.wenliu.analysis.messaging;

import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.events.Topics;
import io.wenliu.platform.events.AckedMessages;
import io.wenliu.platform.events.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
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
    Emitter<String> emitter;

    @Inject
    AnalysisConfig config;

    /**
     * Forwards the original key and value; blocks until the broker acknowledged it, or throws {@link
     * PublishFailedException} (the batch is tried again).
     */
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
        String value = record.value() == null ? "" : record.value();
        BrokerAcks.await(config.publishTimeout(), AckedMessages.send(emitter, record.key(), value, headers));
    }
}
