package io.wenliu.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.support.SeedArticles;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;

/**
 * A search repeated on an unchanged index is answered from OpenSearch's shard request cache: its page of hits, total
 * and facets come from one search, so a repeat is one cache hit in the index's request-cache statistics.
 */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class SearchCacheIT {

    @Inject
    OpenSearchClient client;

    @Inject
    IndexManager indices;

    @Test
    void aRepeatedSearchTakesItsHitsTotalAndFacetsFromTheRequestCache() {
        SeedIndex.ensureIndexed();
        // other test classes may still be indexing: a refresh in between empties the cache, so try until a repeat
        // falls between two refreshes
        await("a repeated search answered from the request cache")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    search();
                    long before = cacheHits();
                    search();
                    return cacheHits() - before == 1;
                });
    }

    private static void search() {
        given().queryParam("q", "疫情防控")
                .queryParam("source", SeedArticles.SOURCE)
                .get("/api/search")
                .then()
                .statusCode(200);
    }

    private long cacheHits() throws IOException {
        return client.indices()
                .stats(s -> s.index(indices.alias()).metric(IndicesStatsMetric.RequestCache))
                .all()
                .total()
                .requestCache()
                .hitCount();
    }
}
