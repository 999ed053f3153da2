package io.wenliu.search.index;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The indices live events are written to: the index behind the alias, plus one being rebuilt during a reindex. The
 * truth is in OpenSearch's aliases ({@link IndexManager#writeIndices()}), so that every replica writes where a reindex
 * started by any of them needs; each replica re-reads them when its copy is older than {@link #MAX_AGE}.
 */
@Singleton
public class WriteTargets {

    /** How old a replica's copy of the targets may be when it writes. A reindex waits longer than this. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(WriteTargets.class);

    private final IndexManager indexManager;
    private volatile List<String> indices = List.of();
    private volatile long readAtNanos;

    public WriteTargets(IndexManager indexManager) {
        this.indexManager = indexManager;
    }

    /** The current write indices, live first; re-read from OpenSearch when the copy is older than {@link #MAX_AGE}. */
    public List<String> indices() {
        if (System.nanoTime() - readAtNanos > MAX_AGE.toNanos()) {
            try {
                refresh();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("write targets not re-read, keeping %s: %s", indices, e.toString());
            }
        }
        return indices;
    }

    /** Re-reads the targets now (after this replica changed an alias, or at start). */
    public synchronized void refresh() throws IOException {
        long now = System.nanoTime();
        List<String> read = indexManager.writeIndices();
        if (read.isEmpty() && !indices.isEmpty()) {
            LOG.warnf("alias %s points nowhere; still writing to %s", indexManager.alias(), indices);
        } else {
            indices = read;
        }
        readAtNanos = now;
    }

    /** True once the live index is known. */
    public boolean ready() {
        return !indices.isEmpty();
    }
}
