package io.wenliu.search.indexing;

import io.smallrye.common.annotation.Blocking;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.metrics.IndexingMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live indexer: consumes articles.enriched a poll's batch at a time, in order, and returns only when the batch is
 * indexed, visible to searches and announced (or dead-lettered), so the connector commits the batch's offsets only
 * then. While OpenSearch is down the batch is retried and the connector pauses fetching.
 */
@ApplicationScoped
public class EnrichedConsumer {

    /** Channel reading articles.enriched. */
    public static final String CHANNEL = "articles-enriched";

    private final EnrichedBatchIndexer indexer;
    private final LiveIndexPreparation preparation;
    private final WriteTargets targets;
    private final IndexingMetrics metrics;

    public EnrichedConsumer(
            EnrichedBatchIndexer indexer,
            LiveIndexPreparation preparation,
            WriteTargets targets,
            IndexingMetrics metrics) {
        this.indexer = indexer;
        this.preparation = preparation;
        this.targets = targets;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException, ExecutionException {
        preparation.await();
        long now = System.currentTimeMillis();
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            metrics.queued(record.timestamp(), now);
            batch.add(record);
        }
        indexer.index(batch, targets::indices, true);
    }
}
