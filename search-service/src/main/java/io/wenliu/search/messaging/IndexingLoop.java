package io.wenliu.search.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.metrics.IndexingMetrics;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The live indexer: one thread that polls articles.enriched, indexes each batch and commits its offsets only after
 * the batch is settled; on failure it rewinds to the batch start and backs off.
 */
@Singleton
public class IndexingLoop {

    private static final Logger LOG = Logger.getLogger(IndexingLoop.class);

    private final KafkaClientFactory clients;
    private final EnrichedBatchIndexer batchIndexer;
    private final IndexManager indexManager;
    private final WriteTargets targets;
    private final TopicInitializer topics;
    private final IndexingMetrics metrics;
    private final SearchConfig config;
    private volatile boolean running;
    private volatile boolean consuming;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public IndexingLoop(
            KafkaClientFactory clients,
            EnrichedBatchIndexer batchIndexer,
            IndexManager indexManager,
            WriteTargets targets,
            TopicInitializer topics,
            IndexingMetrics metrics,
            SearchConfig config) {
        this.clients = clients;
        this.batchIndexer = batchIndexer;
        this.indexManager = indexManager;
        this.targets = targets;
        this.topics = topics;
        this.metrics = metrics;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        }
    }

    /** True while the consumer is subscribed and polling. */
    public boolean consuming() {
        return consuming;
    }

    private void run() {
        Backoff backoff = new Backoff(config.retryInitialBackoff(), config.retryMaxBackoff());
        try {
            prepare(backoff);
            if (config.consumerEnabled()) {
                consume(backoff);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (WakeupException e) {
            LOG.debug("indexer woken up for shutdown");
        } finally {
            consuming = false;
        }
    }

    private void prepare(Backoff backoff) throws InterruptedException {
        while (running) {
            try {
                targets.setLive(indexManager.ensureLiveIndex());
                topics.createTopics();
                backoff.reset();
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warnf("OpenSearch or Kafka not ready yet (%s), retrying", e.toString());
                Thread.sleep(backoff.nextDelayMillis());
            }
        }
    }

    private void consume(Backoff backoff) throws InterruptedException {
        try (KafkaConsumer<String, byte[]> kafka = clients.consumer(config.consumerGroup(), "search-service-indexer")) {
            consumer = kafka;
            kafka.subscribe(List.of(Topics.ARTICLES_ENRICHED));
            consuming = true;
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(config.pollTimeout());
                updateLag(kafka);
                if (records.isEmpty()) {
                    continue;
                }
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                records.forEach(batch::add);
                try {
                    batchIndexer.index(batch, targets::indices, true, () -> keepAlive(kafka));
                    kafka.resume(kafka.paused());
                    kafka.commitSync(nextOffsets(batch));
                    backoff.reset();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    LOG.warnf("batch of %d records not settled (%s); rewinding and retrying", batch.size(), e);
                    metrics.retried();
                    kafka.resume(kafka.paused());
                    rewind(kafka, batch);
                    Thread.sleep(backoff.nextDelayMillis());
                }
            }
        } finally {
            consumer = null;
        }
    }

    private static void keepAlive(KafkaConsumer<String, byte[]> kafka) {
        kafka.pause(kafka.assignment());
        kafka.poll(Duration.ZERO);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            offsets.merge(
                    new TopicPartition(r.topic(), r.partition()),
                    new OffsetAndMetadata(r.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<String, byte[]> kafka, List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        Set<TopicPartition> assigned = kafka.assignment();
        first.forEach((tp, offset) -> {
            if (assigned.contains(tp)) {
                kafka.seek(tp, offset);
            }
        });
    }

    private void updateLag(KafkaConsumer<String, byte[]> kafka) {
        long total = 0;
        for (TopicPartition tp : kafka.assignment()) {
            OptionalLong lag = kafka.currentLag(tp);
            total += lag.orElse(0);
        }
        metrics.lag(total);
    }
}
