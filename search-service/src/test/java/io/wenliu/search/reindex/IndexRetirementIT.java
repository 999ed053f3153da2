package io.wenliu.search.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.index.InFlightWrites;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Deleting a retired index against the real OpenSearch: kept when configured so, never the one behind the alias. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class IndexRetirementIT {

    @Inject
    OpenSearchClient client;

    @Inject
    IndexManager indices;

    @Inject
    WriteTargets targets;

    @Inject
    InFlightWrites writes;

    @Inject
    IndexRetirement configured;

    private String scratchIndex() throws Exception {
        String name = "retire-test-" + UUID.randomUUID();
        client.indices().create(c -> c.index(name));
        return name;
    }

    private boolean exists(String index) throws Exception {
        return client.indices().exists(e -> e.index(index)).value();
    }

    @Test
    void aRetiredIndexIsDeletedByDefaultAndKeptWhenConfigured() throws Exception {
        String dropped = scratchIndex();
        assertThat(configured.retire(dropped)).contains(dropped);
        assertThat(exists(dropped)).isFalse();

        String kept = scratchIndex();
        assertThat(new IndexRetirement(indices, targets, writes, true, Duration.ZERO).retire(kept))
                .isEmpty();
        assertThat(exists(kept)).isTrue();
        client.indices().delete(d -> d.index(kept));
    }

    @Test
    void theIndexTheAliasPointsAtIsNeverDeleted() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> indices.currentIndex().isPresent());
        String live = indices.currentIndex().orElseThrow();

        assertThat(configured.retire(live)).isEmpty();
        assertThat(configured.discard(live)).isEmpty();
        assertThat(indices.deleteUnlessAliased(live)).isFalse();

        assertThat(exists(live)).isTrue();
        assertThat(indices.currentIndex()).contains(live);
        assertThat(targets.indices()).contains(live);
    }
}
