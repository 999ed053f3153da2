package io.wenliu.ingest.drop;

import io.wenliu.ingest.ledger.DocumentLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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

    /** Checks every processed document's file; returns how many documents were deleted. */
    public synchronized int check() {
        Path processed = folders.processed();
        int deleted = 0;
        for (Map.Entry<UUID, String> entry : ledger.filesIn(processed).entrySet()) {
            if (Files.exists(processed.resolve(entry.getValue()), LinkOption.NOFOLLOW_LINKS)) {
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
