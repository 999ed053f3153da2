package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Drops the seed files into a running stack and waits until ingest's ledger has all their articles indexed. */
final class SeedLoader {

    private static final System.Logger LOG = System.getLogger(SeedLoader.class.getName());
    private static final Duration SEARCHABLE_TIMEOUT = Duration.ofMinutes(3);

    private SeedLoader() {}

    /** Drops {@code seeds/*.txt} and waits until every article of every seed file is indexed. */
    static void dropAndAwaitIndexed(LocalStack stack) {
        StackOptions options = stack.options();
        List<String> dropped = SeedDropper.dropAll(options.projectRoot().resolve("seeds"), options.dropDir());
        LOG.log(
                Level.INFO,
                "Dropped {0} seed files into {1}; waiting until all their articles are indexed",
                dropped.size(),
                options.dropDir());
        AtomicReference<LedgerProbe.Progress> progress = new AtomicReference<>();
        Poll.until(
                SEARCHABLE_TIMEOUT,
                () -> stack.services().forEach(service -> service.process().requireAlive()),
                () -> {
                    progress.set(LedgerProbe.of(stack.ingestUrl(), dropped));
                    return progress.get().finished();
                },
                () -> "Seed files not all indexed: " + progress.get() + "; see " + stack.ingestUrl() + "/api/documents"
                        + " and the service logs "
                        + stack.services().stream().map(ServiceProcess::logFile).toList());
        if (!progress.get().failed().isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "Seed files ingest refused: {0}",
                    progress.get().failed());
        }
        LOG.log(
                Level.INFO,
                "{0} of {1} seed files indexed ({2} articles searchable)",
                progress.get().done(),
                dropped.size(),
                progress.get().articlesIndexed());
    }
}
