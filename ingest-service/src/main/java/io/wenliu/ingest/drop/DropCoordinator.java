package io.wenliu.ingest.drop;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wenliu.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Drives the file drop: a WatchService for quick pick-up plus a periodic rescan as a safety net. */
@ApplicationScoped
public class DropCoordinator {

    private static final Logger LOG = Logger.getLogger(DropCoordinator.class);

    /** A watch event's scan waits this long, so that one scan sees the events that come together. */
    private static final Duration EVENT_DELAY = Duration.ofMillis(25);

    /** A scan for a file still settling runs this long after it is due to have settled. */
    private static final Duration SETTLED_MARGIN = Duration.ofMillis(10);

    @Inject
    VanishedClaims vanishedClaims;

    @Inject
    IngestConfig config;

    @Inject
    DropFolders folders;

    @Inject
    DropScanner scanner;

    @Inject
    ProcessedFolderMonitor processedMonitor;

    private ScheduledExecutorService scans;
    private CoalescedTask dropScans;
    private CoalescedTask processedChecks;
    private WatchService watchService;
    private Path dropDir;

    void onStart(@Observes StartupEvent event) {
        if (!config.watchEnabled()) {
            LOG.info("file drop disabled (wenliu.ingest.watch-enabled=false)");
            return;
        }
        dropDir = folders.drop();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "ingest-drop-scan");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        scans = executor;
        dropScans = new CoalescedTask(scans, this::scanDrop);
        processedChecks = new CoalescedTask(scans, this::checkProcessed);
        startWatching();
        long period = config.rescanInterval().toMillis();
        scans.scheduleWithFixedDelay(this::fullScan, 0, period, TimeUnit.MILLISECONDS);
        long checkPeriod = config.processedCheckInterval().toMillis();
        scans.scheduleWithFixedDelay(this::checkProcessed, 0, checkPeriod, TimeUnit.MILLISECONDS);
        LOG.infof(
                "watching %s (processed: %s, failed: %s, claimed: %s)",
                dropDir, folders.processed(), folders.failed(), folders.claimed());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scans != null) {
            scans.shutdownNow();
        }
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debugf("closing watch service: %s", e.toString());
            }
        }
    }

    private void fullScan() {
        try {
            scanner.resumeClaimed();
            vanishedClaims.check();
            scanDrop();
        } catch (RuntimeException e) {
            LOG.warnf("rescan failed, retried in %s: %s", config.rescanInterval(), e.toString());
        }
    }

    private void scanDrop() {
        try {
            Optional<Duration> wait = scanner.scanDrop();
            wait.ifPresent(d -> schedule(dropScans, d.plus(SETTLED_MARGIN)));
        } catch (RuntimeException e) {
            LOG.warnf("drop scan failed: %s", e.toString());
        }
    }

    private void checkProcessed() {
        try {
            processedMonitor.check();
        } catch (RuntimeException e) {
            LOG.warnf("processed folder check failed: %s", e.toString());
        }
    }

    private void schedule(CoalescedTask task, Duration delay) {
        try {
            task.request(delay);
        } catch (RuntimeException e) {
            LOG.debugf("not scheduling (shutting down): %s", e.toString());
        }
    }

    private void startWatching() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            Path processedDir = folders.processed();
            dropDir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            processedDir.register(watchService, StandardWatchEventKinds.ENTRY_DELETE);
            Thread thread = new Thread(() -> watch(processedDir), "ingest-drop-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            LOG.warnf("cannot watch %s, relying on the periodic rescan: %s", dropDir, e.toString());
        }
    }

    private void watch(Path processedDir) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                key.pollEvents();
                key.reset();
                if (dir.equals(processedDir)) {
                    schedule(processedChecks, Duration.ofMillis(100));
                } else {
                    schedule(dropScans, EVENT_DELAY);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("watch service closed");
        }
    }
}
