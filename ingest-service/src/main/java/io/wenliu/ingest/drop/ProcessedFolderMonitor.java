package io.wenliu.ingest.drop;

import io.wenliu.ingest.ledger.DocumentLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Deletes documents whose file was removed from processed/, which publishes ArticleDeleted events. */
@ApplicationScoped
public class ProcessedFolderMonitor {

    /** Reason put on deletion events caused by a removed file. */
    public static final String REASON = "source file removed";

    private static final Logger LOG = Logger.getLogger(ProcessedFolderMonitor.class);

    @Inject
    DropFolders folders;

    @Inject
    DocumentLedger ledger;

    @Inject
    ClaimedFiles worker;

    /**
     * Checks every processed document's file against one listing of processed/ (a file missing from the listing is
     * looked up once more, since it may have been filed after the listing); returns how many documents were deleted.
     */
    public synchronized int check() {
        Path processed = folders.processed();
        Set<String> listed = listing(processed);
        int deleted = 0;
        for (Map.Entry<UUID, String> entry : ledger.filesIn(processed).entrySet()) {
            if (listed.contains(entry.getValue())
                    || Files.exists(processed.resolve(entry.getValue()), LinkOption.NOFOLLOW_LINKS)
                    // its final place is recorded before the file moves there: still claimed means not filed yet
                    || worker.isInFlight(entry.getKey())
                    || folders.claimedAnywhere(entry.getKey())) {
                continue;
            }
            int articles = ledger.delete(entry.getKey(), REASON);
            if (articles >= 0) {
                deleted++;
                LOG.infof(
                        "document %s \"%s\": DELETED (file removed from processed/), %d deletion event(s) queued",
                        entry.getKey(), entry.getValue(), articles);
            }
        }
        return deleted;
    }

    private static Set<String> listing(Path dir) {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return names;
    }
}
