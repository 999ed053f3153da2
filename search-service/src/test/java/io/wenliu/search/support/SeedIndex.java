package io.wenliu.search.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.wenliu.search.events.Topics;
import java.time.Duration;
import java.util.List;

/** Feeds the seed articles through articles.enriched once per test JVM and waits until all are searchable. */
public final class SeedIndex {

    private static boolean sent;

    private SeedIndex() {}

    /** The seeds, indexed. */
    public static synchronized List<SeedArticles.Seed> ensureIndexed() {
        List<SeedArticles.Seed> seeds = SeedArticles.all();
        if (!sent) {
            for (SeedArticles.Seed seed : seeds) {
                TestKafka.send(Topics.ARTICLES_ENRICHED, seed.articleId(), SeedArticles.event(seed, 1));
            }
            sent = true;
        }
        // Until the first article creates the index, the search answers with an error body without a total.
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .until(() -> given().queryParam("source", SeedArticles.SOURCE)
                                .get("/api/search")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("total")
                        == seeds.size());
        return seeds;
    }
}
