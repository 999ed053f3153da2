package io.wenliu.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.nlp.DocumentFrequencies;
import io.wenliu.analysis.nlp.Enrichment;
import io.wenliu.analysis.nlp.Entity;
import io.wenliu.analysis.nlp.EntityType;
import io.wenliu.analysis.nlp.Keyword;
import io.wenliu.analysis.nlp.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the articles.enriched v1 golden samples: what the producer serialises must equal them. */
class EnrichedEventsContractTest {
    private static final Path CONTRACTS = Path.of("src/test/resources/contracts");
    private static final Path INGEST_SAMPLE =
            Path.of("../ingest-service/src/test/resources/contracts/articles.ingested/v1/ArticleIngested.json");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void articleEnrichedMatchesGoldenSample() throws IOException {
        IngestedEvent source = read("fixtures/ArticleIngested.json");
        JsonNode golden = tree("articles.enriched/v1/ArticleEnriched.json");
        Enrichment enrichment = goldenEnrichment();

        OutgoingEvent event = EnrichedEvents.enriched(
                source,
                enrichment,
                UUID.fromString(golden.get("eventId").asText()),
                Instant.parse(golden.get("occurredAt").asText()));

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(golden);
        assertThat(event.cloudEventType()).isEqualTo("io.wenliu.ArticleEnriched.v1");
    }

    @Test
    void articleDeletedPassesThroughWithSourceEventId() throws IOException {
        IngestedEvent source = read("fixtures/ArticleDeleted.json");
        JsonNode golden = tree("articles.enriched/v1/ArticleDeleted.json");

        OutgoingEvent event = EnrichedEvents.deleted(
                source,
                UUID.fromString(golden.get("eventId").asText()),
                Instant.parse(golden.get("occurredAt").asText()));

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(golden);
    }

    @Test
    void realAnalyzerOutputHasTheGoldenEnrichmentShape() throws IOException {
        JsonNode golden =
                tree("articles.enriched/v1/ArticleEnriched.json").get("payload").get("enrichment");
        String body = golden.get("summary").get(0).asText();
        JsonNode actual = mapper.valueToTree(TextAnalyzer.standard().analyze(null, body, DocumentFrequencies.EMPTY));

        assertThat(fieldNames(actual)).isEqualTo(fieldNames(golden));
        assertThat(fieldNames(actual.get("entities").get(0)))
                .isEqualTo(fieldNames(golden.get("entities").get(0)));
        assertThat(fieldNames(actual.get("keywords").get(0)))
                .isEqualTo(fieldNames(golden.get("keywords").get(0)));
    }

    @Test
    void ingestSampleIsReadableWhenPresent() throws IOException {
        assumeTrue(Files.exists(INGEST_SAMPLE), "ingest-service golden sample not written yet: " + INGEST_SAMPLE);
        IngestedEvent event = mapper.readValue(INGEST_SAMPLE.toFile(), IngestedEvent.class);
        assertThat(event.eventId()).isNotBlank();
        assertThat(event.articleId()).isNotBlank();
        assertThat(event.payloadText("body")).isNotBlank();
    }

    private Enrichment goldenEnrichment() throws IOException {
        JsonNode e =
                tree("articles.enriched/v1/ArticleEnriched.json").get("payload").get("enrichment");
        List<Entity> entities = new ArrayList<>();
        for (JsonNode n : e.get("entities")) {
            List<int[]> offsets = new ArrayList<>();
            n.get("offsets")
                    .forEach(o ->
                            offsets.add(new int[] {o.get(0).asInt(), o.get(1).asInt()}));
            entities.add(new Entity(
                    n.get("text").asText(),
                    EntityType.valueOf(n.get("type").asText()),
                    n.get("count").asInt(),
                    offsets));
        }
        List<Keyword> keywords = new ArrayList<>();
        e.get("keywords")
                .forEach(k -> keywords.add(
                        new Keyword(k.get("term").asText(), k.get("score").asDouble())));
        List<String> summary = new ArrayList<>();
        e.get("summary").forEach(s -> summary.add(s.asText()));
        return new Enrichment(
                entities,
                keywords,
                summary,
                e.get("language").asText(),
                e.get("script").asText(),
                e.get("charCount").asInt(),
                e.get("wordCount").asInt(),
                Enrichment.ANALYZER);
    }

    private IngestedEvent read(String name) throws IOException {
        return mapper.readValue(CONTRACTS.resolve(name).toFile(), IngestedEvent.class);
    }

    private JsonNode tree(String name) throws IOException {
        return mapper.readTree(CONTRACTS.resolve(name).toFile());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
