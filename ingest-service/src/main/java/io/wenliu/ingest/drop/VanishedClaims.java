package io.wenliu.ingest.drop;

import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.FailureReason;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reconciles the ledger with claimed/ on each rescan: a file is claimed before its document is registered and leaves
 * claimed/ only after its outcome is recorded, so a document still RECEIVED (after {@code vanished-claim-after}) whose
 * claimed folder exists in no instance's claimed/ lost its file to someone's hand. It is marked FAILED with the reason
 * rather than left waiting forever; a claimed folder that does exist is resumed by {@link DropScanner#resumeClaimed}.
 */
@ApplicationScoped
public class VanishedClaims {

    private static final Logger LOG = Logger.getLogger(VanishedClaims.class);

    static final String MESSAGE = "the file left claimed/ before it was processed (removed by hand?): drop it again";

    @Inject
    DropFolders folders;

    @Inject
    IngestConfig config;

    @Inject
    ClaimedFiles worker;

    @Inject
    DocumentLedger ledger;

    @Inject
    IngestMetrics metrics;

    /** Marks FAILED every document still RECEIVED whose claimed folder is gone. */
    public void check() {
        Instant cutoff = Instant.now().minus(config.vanishedClaimAfter());
        for (UUID id : ledger.receivedBefore(cutoff)) {
            if (worker.isInFlight(id) || folders.claimedAnywhere(id)) {
                continue;
            }
            if (ledger.failIfStillReceived(id, FailureReason.IO_ERROR, MESSAGE)) {
                metrics.failure(FailureReason.IO_ERROR);
                LOG.warnf("document %s: FAILED IO_ERROR: %s", id, MESSAGE);
            }
        }
    }
}
