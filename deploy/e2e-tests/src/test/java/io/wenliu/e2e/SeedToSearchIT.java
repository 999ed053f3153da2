package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.SearchProbe;
import io.wenliu.stack.SeedDropper;
import io.wenliu.stack.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed file dropped into the ingest drop dir becomes a search hit, across the three real services. */
class SeedToSearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "002_c2a65b4d6f57a7a3.txt";

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackOptions.ephemeral(ProjectRoot.find(), dataDir));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void droppedSeedArticleIsFoundBySearch() throws Exception {
        String query = SearchProbe.queryUrl(stack.searchUrl(), "疫情防控");
        assertThat(total(Http.get(query))).as("nothing indexed before the drop").isZero();

        SeedDropper.drop(
                ProjectRoot.find().resolve("seeds").resolve(SEED),
                stack.options().dropDir());

        AtomicReference<JsonNode> found = new AtomicReference<>();
        Awaitility.await("search hit for the dropped seed")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    Http.Response response = Http.get(query);
                    found.set(JSON.readTree(response.body()));
                    return response.status() == 200 && total(response) >= 1;
                });
        JsonNode hits = found.get().path("hits");
        assertThat(hits.isArray() && hits.size() >= 1)
                .as("hits of %s", found.get())
                .isTrue();
        assertThat(hits.get(0).path("id").asText()).as("id of the first hit").isNotBlank();

        Http.Response unrelated = Http.get(SearchProbe.queryUrl(stack.searchUrl(), "龘鱻"));
        assertThat(unrelated.status()).isEqualTo(200);
        assertThat(total(unrelated)).as("characters in no seed").isZero();
    }

    private static long total(Http.Response response) throws Exception {
        JsonNode total = JSON.readTree(response.body()).path("total");
        return total.isObject() ? total.path("value").asLong() : total.asLong();
    }
}
