package io.wenliu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.TestObjects;
import io.wenliu.search.events.EnrichedEvent;
import io.wenliu.search.events.EnrichedEventParser;
import io.wenliu.search.events.InvalidEventException;
import io.wenliu.search.index.ArticleDocument;
import io.wenliu.search.index.IndexAction;
import io.wenliu.search.support.EnrichedEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reads analysis-service's golden articles.enriched samples (the consumer side of the contract). */
class ArticleDocumentMapperTest {

    private static final Path CONTRACTS =
            Path.of("../analysis-service/src/test/resources/contracts/articles.enriched/v1");

    private final ObjectMapper mapper = TestObjects.mapper();
    private final EnrichedEventParser parser = new EnrichedEventParser(mapper);

    private ArticleDocumentMapper createObjectUnderTest() {
        return new ArticleDocumentMapper(mapper, TestObjects.segmenter(), java.time.Clock.systemUTC(), 0.5);
    }

    @Test
    void enrichedGoldenSampleBecomesAnUpsertWithEntitiesAndWords() throws Exception {
        EnrichedEvent event = parser.parse(Files.readAllBytes(CONTRACTS.resolve("ArticleEnriched.json")));
        IndexAction action = createObjectUnderTest().map(event);

        assertThat(action).isInstanceOf(IndexAction.Upsert.class);
        assertThat(action.articleId()).isEqualTo("a-6f1c2a9e-0");
        assertThat(action.version()).isEqualTo(17);
        ArticleDocument doc = ((IndexAction.Upsert) action).document();
        assertThat(doc.persons()).containsExactly("王鹏", "习近平");
        assertThat(doc.places()).containsExactly("北京");
        assertThat(doc.organizations()).containsExactly("新华社");
        assertThat(doc.keywords()).containsExactly("疫情防控", "复工复产", "经济社会发展");
        assertThat(doc.publishedDate()).isEqualTo("2020-03-12");
        assertThat(doc.datelinePlace()).isEqualTo("北京");
        assertThat(doc.ingestedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(doc.sourceFile()).isEqualTo("002_c2a65b4d6f57a7a3.txt");
        assertThat(doc.documentId()).isEqualTo("6f1c2a9e-3b7d-4c51-9a0e-2d8f4b6c1e07");
        assertThat(doc.bodyWords()).contains("复工 复产", "疫情 防控");
        assertThat(doc.titleWords()).isEqualTo("统筹 推进 疫情 防控 和 经济 社会 发展");
        assertThat(doc.enrichment().path("summary")).hasSize(2);
        assertThat(doc.suggestEntities()).contains("习近平", "北京");
        assertThat(doc.suggestTitles()).containsExactly("统筹推进疫情防控和经济社会发展");
    }

    @Test
    void formsOfOneEntityAreCountedOnceUnderItsCanonicalName() throws Exception {
        ObjectNode tree = goldenTree();
        ArrayNode entities = entitiesOf(tree);
        entities.addObject().put("text", "盐城市").put("type", "LOCATION").put("count", 1);
        entities.addObject().put("text", "盐城").put("type", "LOCATION").put("count", 2);
        entities.addObject().put("text", "世卫组织").put("type", "ORGANIZATION").put("count", 1);
        entities.addObject().put("text", "世界卫生组织").put("type", "ORGANIZATION").put("count", 1);

        ArticleDocument doc = documentOf(tree);

        assertThat(doc.places()).containsExactly("盐城");
        assertThat(doc.organizations()).containsExactly("世界卫生组织");
        // the forms as written stay in the stored enrichment
        assertThat(doc.enrichment().path("entities").findValuesAsText("text")).contains("盐城市", "世卫组织");
    }

    @Test
    void entitiesBelowTheConfidenceThresholdAreKeptMarkedButAreNoFacetOrCompletion() throws Exception {
        ObjectNode tree = goldenTree();
        ArrayNode entities = entitiesOf(tree);
        EnrichedEvents.addEntity(entities, "守关", "LOCATION", 0.42);
        EnrichedEvents.addEntity(entities, "盐城", "LOCATION", 0.5);
        entities.addObject().put("text", "京客隆").put("type", "ORGANIZATION").put("count", 1);

        ArticleDocument doc = documentOf(tree);

        assertThat(doc.places()).containsExactly("盐城");
        // without a confidence (an older producer) an entity counts as before
        assertThat(doc.organizations()).containsExactly("京客隆");
        assertThat(doc.suggestEntities()).doesNotContain("守关");
        assertThat(doc.enrichment().path("entities").get(0).path("uncertain").asBoolean())
                .isTrue();
        assertThat(doc.enrichment().path("entities").get(1).has("uncertain")).isFalse();
        assertThat(doc.enrichment().path("entities").get(2).has("uncertain")).isFalse();
    }

    @Test
    void thePeopleOfTheArticleAreWholeWordsOfItsBodyWhateverTheirConfidence() throws Exception {
        ObjectNode tree = goldenTree();
        ArrayNode entities = entitiesOf(tree);
        EnrichedEvents.addEntity(entities, "王鹏", "PERSON", 0.9);
        EnrichedEvents.addEntity(entities, "欧阳振華", "PERSON", 0.3);
        EnrichedEvents.addEntity(entities, "盐城", "LOCATION", 0.9);

        ArticleDocument doc = documentOf(tree);

        assertThat(doc.bodyWords().split(" ")).contains("王鹏", "欧阳振华").doesNotContain("盐城");
    }

    private ObjectNode goldenTree() throws Exception {
        return (ObjectNode)
                mapper.readTree(CONTRACTS.resolve("ArticleEnriched.json").toFile());
    }

    /** The tree's entity list, emptied. */
    private static ArrayNode entitiesOf(ObjectNode tree) {
        ArrayNode entities = (ArrayNode) tree.path("payload").path("enrichment").path("entities");
        return entities.removeAll();
    }

    private ArticleDocument documentOf(ObjectNode tree) throws Exception {
        return ((IndexAction.Upsert) createObjectUnderTest().map(parser.parse(mapper.writeValueAsBytes(tree))))
                .document();
    }

    @Test
    void deletedGoldenSampleBecomesADelete() throws Exception {
        EnrichedEvent event = parser.parse(Files.readAllBytes(CONTRACTS.resolve("ArticleDeleted.json")));
        assertThat(createObjectUnderTest().map(event)).isEqualTo(new IndexAction.Delete("a-6f1c2a9e-0", 18));
    }

    @Test
    void unknownFieldsAreToleratedAndUnindexableEventsExplainWhy() throws Exception {
        ObjectNode tree = (ObjectNode)
                mapper.readTree(CONTRACTS.resolve("ArticleEnriched.json").toFile());
        tree.put("somethingNew", true);
        ((ObjectNode) tree.path("payload").path("article")).put("extra", "x");
        assertThat(createObjectUnderTest().map(parser.parse(mapper.writeValueAsBytes(tree))))
                .isInstanceOf(IndexAction.Upsert.class);

        tree.put("eventType", "ArticleExploded");
        assertThatThrownBy(() -> createObjectUnderTest().map(parser.parse(mapper.writeValueAsBytes(tree))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("unknown eventType");
        assertThatThrownBy(() -> parser.parse("{not json".getBytes()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a JSON");
        tree.remove("version");
        assertThatThrownBy(() -> parser.parse(mapper.writeValueAsBytes(tree))).hasMessageContaining("version");
    }
}
