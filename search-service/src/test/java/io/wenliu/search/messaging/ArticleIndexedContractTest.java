package io.wenliu.search.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.search.TestObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pins articles.indexed v1: the record serialises exactly to the golden sample consumers read. */
class ArticleIndexedContractTest {

    private static final Path GOLDEN = Path.of("src/test/resources/contracts/articles.indexed/v1/ArticleIndexed.json");

    @Test
    void serialisesToTheGoldenSample() throws Exception {
        ObjectMapper mapper = TestObjects.mapper();
        ArticleIndexedEvent event = ArticleIndexedEvent.of(
                "5f3e2d1c-8b7a-4c69-9e0f-1a2b3c4d5e6f",
                "a-6f1c2a9e-0",
                17,
                "articles-v1",
                Instant.parse("2026-11-23T10:00:02.500Z"),
                false);
        JsonNode golden = mapper.readTree(Files.readString(GOLDEN));
        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(golden);
        assertThat(mapper.readValue(GOLDEN.toFile(), ArticleIndexedEvent.class)).isEqualTo(event);
    }
}
