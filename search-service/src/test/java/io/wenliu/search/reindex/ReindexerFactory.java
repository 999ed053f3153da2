package io.wenliu.search.reindex;

import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.InFlightWrites;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.indexing.EnrichedBatchIndexer;
import io.wenliu.search.indexing.KafkaClientFactory;
import jakarta.inject.Singleton;

/**
 * Builds a {@link Reindexer} from this service's beans around the index manager and write targets a test supplies
 * (another replica's copy, or a manager with an injected fault).
 */
@Singleton
class ReindexerFactory {

    private final EnrichedBatchIndexer batchIndexer;
    private final KafkaClientFactory clients;
    private final InFlightWrites writes;
    private final ReindexRecord record;
    private final SearchConfig config;

    ReindexerFactory(
            EnrichedBatchIndexer batchIndexer,
            KafkaClientFactory clients,
            InFlightWrites writes,
            ReindexRecord record,
            SearchConfig config) {
        this.batchIndexer = batchIndexer;
        this.clients = clients;
        this.writes = writes;
        this.record = record;
        this.config = config;
    }

    Reindexer create(IndexManager indices, WriteTargets targets) {
        return new Reindexer(
                indices,
                targets,
                batchIndexer,
                clients,
                new IndexRetirement(indices, targets, writes, config),
                record,
                config);
    }
}
