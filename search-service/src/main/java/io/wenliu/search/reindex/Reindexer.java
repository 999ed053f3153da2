package io.wenliu.search.reindex;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.messaging.EnrichedBatchIndexer;
import io.wenliu.search.messaging.KafkaClientFactory;
import io.wenliu.search.messaging.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Builds the next index version by replaying articles.enriched from the beginning (own consumer, own group), while
 * live events are written to both indices, then swaps the alias atomically and retires the old index. Searches use
 * the old index until the swap; a failed run leaves it serving and deletes the half-built one.
 */
@Singleton
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final IndexManager indices;
    private final WriteTargets targets;
    private final EnrichedBatchIndexer batchIndexer;
    private final KafkaClientFactory clients;
    private final IndexRetirement retirement;
    private final SearchConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

    public Reindexer(
            IndexManager indices,
            WriteTargets targets,
            EnrichedBatchIndexer batchIndexer,
            KafkaClientFactory clients,
            IndexRetirement retirement,
            SearchConfig config) {
        this.indices = indices;
        this.targets = targets;
        this.batchIndexer = batchIndexer;
        this.clients = clients;
        this.retirement = retirement;
        this.config = config;
    }

    /** The latest run's state. */
    public ReindexStatus status() {
        return status.get();
    }

    /** Starts a reindex in the background unless one is running; returns the state after the call. */
    public synchronized ReindexStatus start() {
        if ("RUNNING".equals(status.get().state())) {
            return status.get();
        }
        status.set(ReindexStatus.running(null, null, 0, Instant.now()));
        executor.submit(this::run);
        return status.get();
    }

    private void run() {
        Instant started = status.get().startedAt();
        String from = null;
        String to = null;
        boolean created = false;
        try {
            from = indices.currentIndex().orElseThrow(() -> new IllegalStateException("alias has no index"));
            to = indices.nextIndexName();
            indices.create(to);
            created = true;
            targets.add(to);
            status.set(ReindexStatus.running(from, to, 0, started));
            long replayed = replay(from, to, started);
            indices.refresh(to);
            indices.swapAlias(from, to);
            targets.setLive(to);
            String deleted = retirement.retire(from).orElse(null);
            status.set(new ReindexStatus("DONE", from, to, replayed, started, Instant.now(), deleted, null));
            LOG.infof("reindex %s -> %s done, %d records replayed", from, to, replayed);
        } catch (InterruptedException e) {
            fail(from, to, created, started, e);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail(from, to, created, started, e);
        }
    }

    /** Leaves {@code from} serving and deletes {@code to} if this run created it. */
    private void fail(String from, String to, boolean created, Instant started, Exception e) {
        LOG.errorf(e, "reindex %s -> %s failed", from, to);
        String deleted = created ? retirement.discard(to).orElse(null) : null;
        status.set(new ReindexStatus("FAILED", from, to, 0, started, Instant.now(), deleted, e.toString()));
    }

    /** Reads the topic from the beginning up to its end at start time and indexes everything into {@code to}. */
    private long replay(String from, String to, Instant started) throws Exception {
        String group = config.consumerGroup() + "-reindex-" + to;
        long replayed = 0;
        try (KafkaConsumer<String, byte[]> consumer = clients.consumer(group, group)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(Topics.ARTICLES_ENRICHED, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (!reached(consumer, end)) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                consumer.poll(config.pollTimeout()).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        batch.add(r);
                    }
                });
                if (!batch.isEmpty()) {
                    batchIndexer.index(batch, () -> List.of(to), false);
                    replayed += batch.size();
                    status.set(ReindexStatus.running(from, to, replayed, started));
                }
            }
        }
        return replayed;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
