package io.wenliu.analysis.messaging;

import io.smallrye.common.annotation.Blocking;
import io.wenliu.analysis.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code articles.ingested} a poll's batch at a time, in order; the batch's offsets are committed once
 * {@link IngestedBatchProcessor} returns, i.e. when every record is published, recorded or dead-lettered.
 */
@ApplicationScoped
public class IngestedConsumer {

    private final IngestedBatchProcessor processor;

    public IngestedConsumer(IngestedBatchProcessor processor) {
        this.processor = processor;
    }

    @Incoming(Topics.INGESTED_CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        processor.process(batch);
    }
}
