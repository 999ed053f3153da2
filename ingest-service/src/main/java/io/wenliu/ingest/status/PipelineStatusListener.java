package io.wenliu.ingest.status;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads articles.enriched and articles.indexed, one record at a time in order, to record ENRICHED and INDEXED; see
 * {@link StatusRecordHandler} for what happens to each record.
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
    void onEnriched(ConsumerRecord<String, String> record) {
        handler.handle(record);
    }

    @Incoming(INDEXED_CHANNEL)
    @Blocking
    void onIndexed(ConsumerRecord<String, String> record) {
        handler.handle(record);
    }
}
