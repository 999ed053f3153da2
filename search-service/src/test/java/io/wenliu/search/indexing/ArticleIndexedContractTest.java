package io.wenliu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.search.TestObjects;
import io.wenliu.search.events.ArticleIndexedEvent;
import io.wenliu.search.events.Topics;
import io.wenliu.testing.contracts.Contracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins articles.indexed v1: the record serialises exactly to the golden sample consumers read, conforms to the
 * published JSON Schema (which may only grow within a schemaVersion), and a repeated write keeps its event id.
 */
class ArticleIndexedContractTest {

    @Test
    void samplesConformToTheirSchemasAndSchemasStayCompatible() {
        assertThat(Contracts.problems()).isEmpty();
        assertThat(Contracts.schemas(Contracts.SCHEMAS))
                .containsExactly(Path.of("articles.indexed/v1/ArticleIndexed.schema.json"));
    }

    @Test
    void theSameWriteGetsTheSameEventIdAndAnotherWriteAnother() {
        String id = EventPublisher.eventId("a-1", 17, "articles-v1", false);

        assertThat(EventPublisher.eventId("a-1", 17, "articles-v1", false)).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(3);
        assertThat(List.of(
                        EventPublisher.eventId("a-2", 17, "articles-v1", false),
                        EventPublisher.eventId("a-1", 18, "articles-v1", false),
                        EventPublisher.eventId("a-1", 17, "articles-v2", false),
                        EventPublisher.eventId("a-1", 17, "articles-v1", true)))
                .doesNotContain(id)
                .doesNotHaveDuplicates();
    }

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
        assertThat(Contracts.schema(Topics.ARTICLES_INDEXED, 1, ArticleIndexedEvent.TYPE)
                        .violations(mapper.writeValueAsString(event)))
                .isEmpty();
    }
}
