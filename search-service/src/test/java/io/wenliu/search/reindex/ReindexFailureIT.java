package io.wenliu.search.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.IndexDefinition;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * A reindex that fails at the alias swap (the one fault injected; Kafka, OpenSearch and the indexer are real) leaves
 * the old index serving and deletes the half-built one.
 */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class ReindexFailureIT {

    @Inject
    OpenSearchClient client;

    @Inject
    IndexDefinition definition;

    @Inject
    SearchConfig config;

    @Inject
    ReindexerFactory reindexers;

    @Inject
    WriteTargets targets;

    @Test
    void aFailedReindexLeavesTheOldIndexServingAndDeletesTheHalfBuiltOne() throws Exception {
        SeedIndex.ensureIndexed();
        IndexManager swapRefused = new IndexManager(client, definition, config) {
            @Override
            public void swapAlias(String from, String to) throws IOException {
                throw new IOException("alias swap refused by the test");
            }
        };
        String before = swapRefused.currentIndex().orElseThrow();
        Reindexer reindexer = reindexers.create(swapRefused, targets);
        try {
            reindexer.start();
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> "FAILED".equals(reindexer.status().state()));
        } finally {
            reindexer.close();
        }

        ReindexStatus status = reindexer.status();
        assertThat(status.error()).contains("alias swap refused by the test");
        assertThat(status.fromIndex()).isEqualTo(before);
        assertThat(status.toIndex()).isNotEqualTo(before);
        assertThat(status.deletedIndex()).isEqualTo(status.toIndex());
        assertThat(client.indices().exists(e -> e.index(status.toIndex())).value())
                .as("the half-built index is deleted")
                .isFalse();
        assertThat(swapRefused.currentIndex()).contains(before);
        assertThat(targets.indices()).containsExactly(before);
        SeedIndex.ensureIndexed();
    }
}
