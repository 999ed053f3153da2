package io.wenliu.ingest.status;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads articles.enriched and articles.indexed, a poll's batch at a time in order, to record ENRICHED and INDEXED; see
 * {@link StatusRecordHandler} for what happens to each batch.
 */
@ApplicationScoped
public class PipelineStatusListener {

    /** Channel reading articles.enriched. */
    public static final String ENRICHED_CHANNEL = "articles-enriched";

    /** Channel reading articles.indexed. */
    public static final String INDEXED_CHANNEL = "articles-indexed";

    @Inject
    StatusRecordHandler handler;

    @Incoming(ENRICHED_CHANNEL)
    @Blocking
    void onEnriched(ConsumerRecords<String, String> records) {
        handler.handleAll(list(records));
    }

    @Incoming(INDEXED_CHANNEL)
    @Blocking
    void onIndexed(ConsumerRecords<String, String> records) {
        handler.handleAll(list(records));
    }

    private static List<ConsumerRecord<String, String>> list(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
