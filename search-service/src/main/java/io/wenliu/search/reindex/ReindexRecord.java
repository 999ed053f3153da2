package io.wenliu.search.reindex;

import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpType;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.GetResponse;

/**
 * The reindex state every replica sees: one document in the index {@code <alias>-reindex}. Claiming a run is a
 * conditional write (the document's sequence number), so of two replicas asked at once only one starts.
 */
@Singleton
public class ReindexRecord {

    private static final String ID = "latest";

    private final OpenSearchClient client;
    private final String index;

    public ReindexRecord(OpenSearchClient client, SearchConfig config) {
        this.client = client;
        this.index = config.alias() + "-reindex";
    }

    /** The stored state and the version it was read at. */
    public record Versioned(ReindexStatus status, Long seqNo, Long primaryTerm) {}

    /** The latest run's state, or IDLE when none ever ran. */
    public Versioned read() throws IOException {
        try {
            GetResponse<ReindexStatus> response = client.get(g -> g.index(index).id(ID), ReindexStatus.class);
            if (!response.found() || response.source() == null) {
                return new Versioned(ReindexStatus.idle(), null, null);
            }
            return new Versioned(response.source(), response.seqNo(), response.primaryTerm());
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return new Versioned(ReindexStatus.idle(), null, null);
            }
            throw e;
        }
    }

    /**
     * Writes {@code next} only if the document is still as {@code read} saw it; empty when another replica changed it
     * first, else the new version.
     */
    public Optional<Versioned> replace(Versioned read, ReindexStatus next) throws IOException {
        if (read.seqNo() == null) {
            ensureIndex();
        }
        try {
            var response = client.index(i -> {
                i.index(index).id(ID).document(next).refresh(Refresh.True);
                return read.seqNo() == null
                        ? i.opType(OpType.Create)
                        : i.ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm());
            });
            return Optional.of(new Versioned(next, response.seqNo(), response.primaryTerm()));
        } catch (OpenSearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates the state index (one shard, a copy on a second node if there is one) unless it exists. */
    private void ensureIndex() throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices()
                    .create(c ->
                            c.index(index).settings(s -> s.numberOfShards(1).autoExpandReplicas("0-1")));
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e; // another replica creating it at the same moment is fine
            }
        }
    }
}
