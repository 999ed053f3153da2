package io.wenliu.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.entity.CreditedPeople;
import io.wenliu.analysis.messaging.IngestedEventReader;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.testing.contracts.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins the articles.enriched v1 golden samples (what the producer serialises must equal them) and the published JSON
 * Schemas (samples and real output conform; a schema may only grow within a schemaVersion), and reads the samples of
 * articles.ingested's producer as this service's consumer does.
 */
class EnrichedEventsContractTest {
    private static final Path CONTRACTS = Path.of("src/test/resources/contracts");
    private static final Path INGEST_SAMPLES =
            Path.of("../ingest-service/src/test/resources/contracts/articles.ingested/v1");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void samplesConformToTheirSchemasAndSchemasStayCompatible() {
        assertThat(Contracts.problems()).isEmpty();
        assertThat(Contracts.schemas(Contracts.SCHEMAS))
                .containsExactly(
                        Path.of("articles.enriched/v1/ArticleDeleted.schema.json"),
                        Path.of("articles.enriched/v1/ArticleEnriched.schema.json"));
    }

    @Test
    void ingestProducersSamplesAreReadAndEnrichedIntoConformingEvents() throws IOException {
        IngestedEventReader reader = new IngestedEventReader(mapper);
        IngestedEvent ingested = reader.read(Files.readString(INGEST_SAMPLES.resolve("ArticleIngested.json")));
        IngestedEvent deleted = reader.read(Files.readString(INGEST_SAMPLES.resolve("ArticleDeleted.json")));
        Enrichment enrichment = TextAnalyzer.standard()
                .analyze(ingested.payloadText("title"), ingested.payloadText("body"), DocumentFrequencies.EMPTY);

        String enriched = mapper.writeValueAsString(
                EnrichedEvents.enriched(ingested, enrichment, EnrichedEvents.eventIdFor(ingested), Instant.now()));
        String passedOn = mapper.writeValueAsString(
                EnrichedEvents.deleted(deleted, EnrichedEvents.eventIdFor(deleted), Instant.now()));

        assertThat(enrichment.entities()).isNotEmpty();
        assertThat(Contracts.schema(Topics.ENRICHED, 1, "ArticleEnriched").violations(enriched))
                .isEmpty();
        assertThat(Contracts.schema(Topics.ENRICHED, 1, "ArticleDeleted").violations(passedOn))
                .isEmpty();
    }

    @Test
    void fieldsAProducerAddsWithinTheVersionAreIgnored() throws IOException {
        ObjectNode sample = (ObjectNode)
                mapper.readTree(INGEST_SAMPLES.resolve("ArticleIngested.json").toFile());
        sample.put("traceId", "added later");
        ((ObjectNode) sample.get("payload")).putObject("pageLayout").put("columns", 4);

        IngestedEvent event = new IngestedEventReader(mapper).read(sample.toString());

        assertThat(event.articleId()).isEqualTo(sample.get("articleId").asText());
        assertThat(event.payloadText("body"))
                .isEqualTo(sample.at("/payload/body").asText());
    }

    @Test
    void entityOffsetsAreUtf16IndicesIntoTheBodyAsTheSchemaSays() {
        // 𠀀 (U+20000) lies outside the Basic Multilingual Plane: two UTF-16 code units, one code point
        String body = "𠀀𠀁记者王鹏报道，北京市政府今天在北京召开会议。";
        Enrichment enrichment = TextAnalyzer.standard().analyze(null, body, DocumentFrequencies.EMPTY);

        Entity beijing = enrichment.entities().stream()
                .filter(e -> e.text().startsWith("北京"))
                .findFirst()
                .orElseThrow();
        int[] first = beijing.offsets().get(0);
        assertThat(first[0]).isEqualTo(body.indexOf("北京")).isEqualTo(11);
        assertThat(body.substring(first[0], first[1])).isEqualTo(beijing.text());
        assertThat(body.codePointCount(0, first[0])).isEqualTo(9);
        assertThat(Contracts.schema(Topics.ENRICHED, 1, "ArticleEnriched")
                        .tree()
                        .at(
                                "/properties/payload/properties/enrichment/properties/entities/items/properties/offsets/items/description")
                        .asText())
                .contains("UTF-16 code unit indices into payload.article.body");
    }

    @Test
    void articleEnrichedMatchesGoldenSample() throws IOException {
        IngestedEvent source = read("fixtures/ArticleIngested.json");
        JsonNode golden = tree("articles.enriched/v1/ArticleEnriched.json");
        Enrichment enrichment = goldenEnrichment().withCredited(CreditedPeople.of(source.credits()));

        OutgoingEvent event = EnrichedEvents.enriched(
                source,
                enrichment,
                UUID.fromString(golden.get("eventId").asText()),
                Instant.parse(golden.get("occurredAt").asText()));

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(golden);
        assertThat(event.cloudEventType()).isEqualTo("io.wenliu.ArticleEnriched.v1");
        assertThat(Contracts.schema(Topics.ENRICHED, 1, "ArticleEnriched").violations(mapper.writeValueAsString(event)))
                .isEmpty();
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
                    offsets,
                    n.get("confidence").asDouble()));
        }
        List<Keyword> keywords = new ArrayList<>();
        e.get("keywords")
                .forEach(k -> keywords.add(
                        new Keyword(k.get("term").asText(), k.get("score").asDouble())));
        List<String> summary = new ArrayList<>();
        e.get("summary").forEach(s -> summary.add(s.asText()));
        return new Enrichment(
                entities,
                List.of(),
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
