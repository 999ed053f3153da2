package io.wenliu.ingest.drop;

import io.wenliu.ingest.ledger.DocumentLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * Checks every processed document's file in processed/ and deletes the documents whose file is gone; returns how
     * many were deleted. The ledger's rows stream through (memory holds only the missing files, not the archive, which
     * may hold hundreds of thousands of files), and each file is looked up by name rather than by listing the folder.
     */
    public synchronized int check() {
        Path processed = folders.processed();
        Map<UUID, String> missing = new LinkedHashMap<>();
        ledger.forEachFileIn(processed, (id, name) -> {
            if (!Files.exists(processed.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                missing.put(id, name);
            }
        });
        int deleted = 0;
        for (Map.Entry<UUID, String> entry : missing.entrySet()) {
            // its final place is recorded before the file moves there: still claimed means not filed yet; once it is
            // neither claimed nor in flight, a file that is still missing was removed
            if (worker.isInFlight(entry.getKey())
                    || folders.claimedAnywhere(entry.getKey())
                    || Files.exists(processed.resolve(entry.getValue()), LinkOption.NOFOLLOW_LINKS)) {
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
}
