package io.wenliu.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the search service (prefix {@code wenliu.search}). */
@ConfigMapping(prefix = "wenliu.search")
public interface SearchConfig {

    /** Alias that searches go through and that points at the live index version. */
    @WithDefault("articles")
    String alias();

    /** Prefix of versioned index names; the version number is appended. */
    @WithDefault("articles-v")
    String indexPrefix();

    /** Classpath resource holding settings and mappings for new index versions. */
    @WithDefault("opensearch/articles-v1.json")
    String mappingResource();

    /** Primary shards of a new index version (env WENLIU_SEARCH_INDEX_SHARDS); fixed once the version exists. */
    @WithDefault("1")
    int indexShards();

    /**
     * Replicas of each shard of a new index version (env WENLIU_SEARCH_INDEX_REPLICAS): 0 on one node, 1 or more on a
     * cluster so that losing a node loses no data and queries spread over the copies.
     */
    @WithDefault("0")
    int indexReplicas();

    /** Kafka consumer group of the live indexer (the reindex replay uses groups named after it). */
    @WithDefault("search-service")
    String consumerGroup();

    /** Longest time one Kafka poll of the reindex replay waits for records. */
    @WithDefault("500ms")
    Duration pollTimeout();

    /** Articles read per page by an export (one search_after page of a point in time). */
    @WithDefault("500")
    int exportBatch();

    /**
     * Lowest confidence (0 to 1, from analysis) at which an entity counts as a fact: below it an entity stays in the
     * article's enrichment, marked uncertain, but is left out of facets, entity filters and entity pages.
     */
    @WithDefault("0.5")
    double facetMinConfidence();

    /** Largest number of actions in one bulk request. */
    @WithDefault("500")
    int bulkMaxDocs();

    /** Largest estimated size in bytes of one bulk request. */
    @WithDefault("5000000")
    long bulkMaxBytes();

    /** First back-off delay after OpenSearch failed. */
    @WithDefault("200ms")
    Duration retryInitialBackoff();

    /** Longest back-off delay between retries. */
    @WithDefault("15s")
    Duration retryMaxBackoff();

    /**
     * API key required in header X-API-Key by the admin endpoints (env WENLIU_SEARCH_ADMIN_API_KEY); unset disables
     * them.
     */
    Optional<String> adminApiKey();

    /** Reindex settings. */
    Reindex reindex();

    /** Reindex settings (prefix {@code wenliu.search.reindex}). */
    interface Reindex {

        /** Keep the index the alias left after a reindex (true) or delete it once no write can reach it (false). */
        @WithDefault("false")
        boolean keepRetired();

        /**
         * How long every replica needs to notice a change of the write targets (each re-reads them every second): a
         * reindex waits this long after marking the new index before fixing the replay's end, and before deleting the
         * retired index.
         */
        @WithDefault("3s")
        Duration replicaSync();
    }
}
