package io.wenliu.search.reindex;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.InFlightWrites;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes an index out of service: once no alias sends live writes to it, waits until every replica has noticed
 * ({@code wenliu.search.reindex.replica-sync}) and this one's writes in flight are done, then deletes it. Never touches
 * the index the alias points at.
 */
@Singleton
public class IndexRetirement {

    private static final Logger LOG = Logger.getLogger(IndexRetirement.class);

    private final IndexManager indices;
    private final WriteTargets targets;
    private final InFlightWrites writes;
    private final boolean keepRetired;
    private final Duration replicaSync;

    @Inject
    public IndexRetirement(IndexManager indices, WriteTargets targets, InFlightWrites writes, SearchConfig config) {
        this(
                indices,
                targets,
                writes,
                config.reindex().keepRetired(),
                config.reindex().replicaSync());
    }

    IndexRetirement(
            IndexManager indices,
            WriteTargets targets,
            InFlightWrites writes,
            boolean keepRetired,
            Duration replicaSync) {
        this.indices = indices;
        this.targets = targets;
        this.writes = writes;
        this.keepRetired = keepRetired;
        this.replicaSync = replicaSync;
    }

    /** After the alias left {@code index}: deletes it unless configured to keep it. Returns the deleted index. */
    public Optional<String> retire(String index) {
        if (keepRetired) {
            LOG.infof("keeping retired index %s (wenliu.search.reindex.keep-retired=true)", index);
            return Optional.empty();
        }
        return drop(index);
    }

    /** After a failed reindex: deletes the half-built {@code index}. Returns the deleted index. */
    public Optional<String> discard(String index) {
        return drop(index);
    }

    private Optional<String> drop(String index) {
        try {
            if (indices.aliasedIndices().contains(index)) {
                LOG.warnf("keeping %s: alias %s points at it", index, indices.alias());
                return Optional.empty();
            }
            targets.refresh();
            Thread.sleep(replicaSync.toMillis()); // the other replicas' copies of the targets age out meanwhile
            writes.awaitIdle();
            return indices.deleteUnlessAliased(index) ? Optional.of(index) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("not deleting index %s: interrupted", index);
            return Optional.empty();
        } catch (Exception e) {
            LOG.warnf("could not delete index %s, delete it by hand: %s", index, e.toString());
            return Optional.empty();
        }
    }
}
