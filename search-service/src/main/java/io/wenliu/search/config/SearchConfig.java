package io.wenliu.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the search service (prefix {@code wenliu}). */
@ConfigMapping(prefix = "wenliu")
public interface SearchConfig {

    /** OpenSearch connection. */
    OpenSearch opensearch();

    /** Index, consumer and bulk settings. */
    Search search();

    /** OpenSearch connection settings. */
    interface OpenSearch {
        /** Base URL of the OpenSearch node, e.g. http://127.0.0.1:9200. */
        String url();

        /** Optional basic-auth user name. */
        Optional<String> username();

        /** Optional basic-auth password. */
        Optional<String> password();
    }

    /** Index, consumer and bulk settings. */
    interface Search {
        /** Alias that searches go through and that points at the live index version. */
        @WithDefault("articles")
        String alias();

        /** Prefix of versioned index names; the version number is appended. */
        @WithDefault("articles-v")
        String indexPrefix();

        /** Classpath resource holding settings and mappings for new index versions. */
        @WithDefault("opensearch/articles-v1.json")
        String mappingResource();

        /** Kafka consumer group of the live indexer. */
        @WithDefault("search-service")
        String consumerGroup();

        /** Whether the live indexer consumes articles.enriched (off only for tests of other parts). */
        @WithDefault("true")
        boolean consumerEnabled();

        /** Longest time one Kafka poll waits for records. */
        @WithDefault("500ms")
        Duration pollTimeout();

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
    }
}
