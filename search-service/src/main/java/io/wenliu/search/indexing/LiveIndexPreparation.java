package io.wenliu.search.indexing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wenliu.platform.segment.CompactBigrams;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.text.WordSegmenter;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import org.jboss.logging.Logger;

/**
 * At start-up, in the background and until it succeeds: loads the segmenter's dictionaries and makes sure the live
 * index exists behind the alias and the topics this service produces exist. The live indexer waits for it before
 * writing.
 */
@Singleton
public class LiveIndexPreparation {

    private static final Logger LOG = Logger.getLogger(LiveIndexPreparation.class);

    private final IndexManager indexManager;
    private final WriteTargets targets;
    private final ProducedTopics topics;
    private final SearchConfig config;
    private final WordSegmenter segmenter;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean running = true;

    public LiveIndexPreparation(
            IndexManager indexManager,
            WriteTargets targets,
            ProducedTopics topics,
            SearchConfig config,
            WordSegmenter segmenter) {
        this.indexManager = indexManager;
        this.targets = targets;
        this.topics = topics;
        this.config = config;
        this.segmenter = segmenter;
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::prepare, "search-index-preparation");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    /** Whether the live index and the topics are ready. */
    public boolean ready() {
        return done.getCount() == 0;
    }

    /** Blocks until the live index and the topics are ready. */
    public void await() throws InterruptedException {
        done.await();
    }

    private void prepare() {
        // ansj loads its dictionaries on first use (seconds of CPU): here rather than in the first batch or search;
        // then its bigram tables are compacted (the same frequencies in less heap, looked up without hashing)
        segmenter.segment("新华社北京3月12日电 习近平在北京市考察疫情防控工作。");
        CompactBigrams.install();
        Backoff backoff = new Backoff(config.retryInitialBackoff(), config.retryMaxBackoff());
        while (running) {
            try {
                indexManager.ensureLiveIndex();
                targets.refresh();
                if (topics.create()) {
                    done.countDown();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IllegalArgumentException e) {
                LOG.errorf("indexing cannot start as configured: %s", e.getMessage());
                return;
            } catch (Exception e) {
                LOG.warnf("OpenSearch not ready yet (%s), retrying", e.toString());
            }
            try {
                Thread.sleep(backoff.nextDelayMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
