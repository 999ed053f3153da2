package io.wenliu.ingest.drop;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.metrics.IngestMetrics;
import io.wenliu.ingest.pipeline.DocumentWorker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Scans the drop folder for files old enough to claim, and resumes this instance's unfinished claims. */
@ApplicationScoped
public class DropScanner {

    private static final Logger LOG = Logger.getLogger(DropScanner.class);

    @Inject
    DropFolders folders;

    @Inject
    IngestConfig config;

    @Inject
    DocumentWorker worker;

    @Inject
    IngestMetrics metrics;

    @Inject
    DocumentLedger ledger;

    /**
     * Claims every eligible file in the drop folder and queues it; returns how long until the youngest skipped file
     * becomes old enough (empty if none was skipped for age).
     */
    public synchronized Optional<Duration> scanDrop() {
        FileClaimer claimer = new FileClaimer(folders.claimed());
        Instant now = Instant.now();
        Duration wait = null;
        for (Path entry : list(folders.drop())) {
            String name = entry.getFileName().toString();
            if (IgnoredNames.isIgnored(name)) {
                continue;
            }
            try {
                Duration age = Duration.between(
                        Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS)
                                .toInstant(),
                        now);
                Duration remaining = config.minFileAge().minus(age);
                if (!remaining.isNegative() && !remaining.isZero()) {
                    wait = wait == null || remaining.compareTo(wait) < 0 ? remaining : wait;
                    continue;
                }
                Optional<ClaimedFile> claimed = claimer.claim(entry);
                if (claimed.isPresent()) {
                    metrics.fileSeen(DocumentOrigin.DROP);
                    worker.submit(claimed.get());
                }
            } catch (IOException e) {
                LOG.debugf("skipping %s this round: %s", entry, e.toString());
            }
        }
        return Optional.ofNullable(wait);
    }

    /** Queues claimed files of this instance that are not being processed (after a restart or a database outage). */
    public synchronized void resumeClaimed() {
        for (Path dir : list(folders.claimed())) {
            UUID documentId = parseId(dir.getFileName().toString());
            if (documentId == null || worker.isInFlight(documentId) || !Files.isDirectory(dir)) {
                continue;
            }
            List<Path> content = list(dir);
            if (content.isEmpty()) {
                deleteQuietly(dir);
                continue;
            }
            Path file = content.get(0);
            DocumentOrigin origin = ledger.originOf(documentId).orElse(DocumentOrigin.DROP);
            LOG.infof("resuming claimed document %s \"%s\"", documentId, file.getFileName());
            worker.submit(new ClaimedFile(documentId, file, file.getFileName().toString(), origin));
        }
    }

    private static UUID parseId(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", dir, e.toString());
        }
        entries.sort(null);
        return entries;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.debugf("cannot remove %s: %s", dir, e.toString());
        }
    }
}
