package io.wenliu.search.reindex;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.events.Topics;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.indexing.EnrichedBatchIndexer;
import io.wenliu.search.indexing.KafkaClientFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Builds the next index version by replaying articles.enriched from the beginning (own consumer, own group), while
 * every replica writes live events to both indices, then swaps the alias atomically and retires the old index.
 * Searches use the old index until the swap; a failed run leaves it serving and deletes the half-built one.
 *
 * <p>With several replicas: the run's state is a document in OpenSearch ({@link ReindexRecord}) that one replica
 * claims, so one run at a time whichever replica is asked; the index being built carries the alias
 * {@code <alias>-building}, which every replica reads as a write target ({@link WriteTargets}). The run waits
 * {@code wenliu.search.reindex.replica-sync} after marking it, so that every live event past the replay's end reaches
 * the new index, and as long again before deleting the old one. A run whose replica died (no heartbeat for
 * {@link #STALE}) is cleaned up by the next start.
 */
@Singleton
public class Reindexer {

    /** A run that has not reported for this long is taken to have died with its replica. */
    static final Duration STALE = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

    private final IndexManager indices;
    private final WriteTargets targets;
    private final EnrichedBatchIndexer batchIndexer;
    private final KafkaClientFactory clients;
    private final IndexRetirement retirement;
    private final ReindexRecord record;
    private final SearchConfig config;
    private final String runner = runnerName();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    /** This replica's run, as last written. */
    private volatile ReindexRecord.Versioned run;

    public Reindexer(
            IndexManager indices,
            WriteTargets targets,
            EnrichedBatchIndexer batchIndexer,
            KafkaClientFactory clients,
            IndexRetirement retirement,
            ReindexRecord record,
            SearchConfig config) {
        this.indices = indices;
        this.targets = targets;
        this.batchIndexer = batchIndexer;
        this.clients = clients;
        this.retirement = retirement;
        this.record = record;
        this.config = config;
    }

    /** The latest run's state, whichever replica runs or ran it. */
    public ReindexStatus status() throws IOException {
        return record.read().status();
    }

    /** Starts a reindex in the background unless one is running on any replica; returns the state after the call. */
    public synchronized ReindexStatus start() throws IOException {
        ReindexRecord.Versioned latest = record.read();
        ReindexStatus previous = latest.status();
        if (previous.running() && !stale(previous)) {
            return previous;
        }
        var claimed = record.replace(latest, ReindexStatus.running(null, null, 0, Instant.now(), runner));
        if (claimed.isEmpty()) {
            return record.read().status(); // another replica claimed it a moment earlier
        }
        run = claimed.get();
        if (previous.running()) {
            LOG.warnf(
                    "reindex on %s stopped reporting at %s; cleaning up after it",
                    previous.runner(), previous.heartbeatAt());
        }
        executor.submit(() -> runClaimed(previous.running() ? previous.toIndex() : null));
        return run.status();
    }

    private static boolean stale(ReindexStatus status) {
        return status.heartbeatAt() == null
                || status.heartbeatAt().isBefore(Instant.now().minus(STALE));
    }

    private void runClaimed(String abandoned) {
        Instant started = run.status().startedAt();
        String from = null;
        String to = null;
        boolean created = false;
        try {
            if (abandoned != null) {
                discard(abandoned);
            }
            from = indices.currentIndex().orElseThrow(() -> new IllegalStateException("alias has no index"));
            to = indices.nextIndexName();
            indices.create(to);
            created = true;
            indices.startBuilding(to);
            targets.refresh();
            save(ReindexStatus.running(from, to, 0, started, runner));
            // every replica re-reads its write targets within WriteTargets.MAX_AGE: past this wait, each live event
            // after the replay's end (fixed next) is written to the new index too
            Thread.sleep(config.reindex().replicaSync().toMillis());
            long replayed = replay(from, to, started);
            indices.refresh(to);
            indices.swapAlias(from, to);
            targets.refresh();
            String deleted = retirement.retire(from).orElse(null);
            save(run.status().finished("DONE", replayed, deleted, null));
            LOG.infof("reindex %s -> %s done, %d records replayed", from, to, replayed);
        } catch (InterruptedException e) {
            fail(to, created, e);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail(to, created, e);
        }
    }

    /** Leaves the old index serving and deletes {@code to} if this run created it. */
    private void fail(String to, boolean created, Exception e) {
        LOG.errorf(e, "reindex to %s failed", to);
        String deleted = created ? discard(to) : null;
        try {
            save(run.status().finished("FAILED", run.status().recordsReplayed(), deleted, e.toString()));
        } catch (IOException | RuntimeException notSaved) {
            LOG.errorf("could not record the failed reindex: %s", notSaved.toString());
        }
    }

    /** Stops every replica's writes to a half-built index and deletes it; the deleted index, or null. */
    private String discard(String index) {
        try {
            indices.stopBuilding(index);
            targets.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not end the rebuild of %s: %s", index, e.toString());
        }
        return retirement.discard(index).orElse(null);
    }

    /** Writes this run's state; fails if another replica took the run over meanwhile. */
    private void save(ReindexStatus next) throws IOException {
        run = record.replace(run, next)
                .orElseThrow(() -> new IllegalStateException("another replica took this reindex over"));
    }

    /** Reads the topic from the beginning up to its end at start time and indexes everything into {@code to}. */
    private long replay(String from, String to, Instant started) throws Exception {
        String group = config.consumerGroup() + "-reindex-" + to;
        long replayed = 0;
        long reportedAt = System.nanoTime();
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
                }
                if (System.nanoTime() - reportedAt > PROGRESS_INTERVAL.toNanos()) {
                    save(ReindexStatus.running(from, to, replayed, started, runner));
                    reportedAt = System.nanoTime();
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

    private static String runnerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
