package io.wenliu.ingest.drop;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    ClaimedFiles worker;

    @Inject
    IngestMetrics metrics;

    @Inject
    DocumentLedger ledger;

    /** Files not yet settled at the last scan. */
    private Map<Path, Observation> observations = new HashMap<>();

    /**
     * Claims every settled file in the drop folder and queues it; returns how long until the next unsettled file may
     * have settled (empty if none is waiting). A file has settled when it was last modified at least
     * {@code min-file-age} ago and a previous scan at least that long ago saw the same size and modification time (a
     * copy that preserves an old modification time is still caught growing).
     */
    public synchronized Optional<Duration> scanDrop() {
        FileClaimer claimer = new FileClaimer(folders.claimed());
        Instant now = Instant.now();
        Duration settle = config.minFileAge();
        Duration wait = null;
        Map<Path, Observation> seen = new HashMap<>();
        for (Path entry : list(folders.drop())) {
            String name = entry.getFileName().toString();
            if (IgnoredNames.isIgnored(name)) {
                continue;
            }
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Instant modified = attributes.lastModifiedTime().toInstant();
                Observation previous = observations.get(entry);
                Observation current = previous != null && previous.matches(attributes.size(), modified)
                        ? previous
                        : new Observation(attributes.size(), modified, now);
                Duration remaining = max(
                        settle.minus(Duration.between(modified, now)),
                        settle.minus(Duration.between(current.firstSeen(), now)));
                if (!remaining.isNegative() && !remaining.isZero()) {
                    seen.put(entry, current);
                    wait = wait == null || remaining.compareTo(wait) < 0 ? remaining : wait;
                    continue;
                }
                Optional<ClaimedFile> claimed = claimer.claim(entry);
                if (claimed.isPresent()) {
                    metrics.fileSeen(DocumentOrigin.DROP);
                    metrics.detected(Duration.between(modified, Instant.now()));
                    worker.submit(claimed.get());
                }
            } catch (IOException e) {
                LOG.debugf("skipping %s this round: %s", entry, e.toString());
            }
        }
        observations = seen;
        return Optional.ofNullable(wait);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Size and modification time of a dropped file, and when this pair was first seen. */
    private record Observation(long size, Instant modified, Instant firstSeen) {
        boolean matches(long otherSize, Instant otherModified) {
            return size == otherSize && modified.equals(otherModified);
        }
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
