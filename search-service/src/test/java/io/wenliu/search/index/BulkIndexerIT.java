package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.events.EnrichedEventParser;
import io.wenliu.search.index.ActionResult.Outcome;
import io.wenliu.search.indexing.ArticleDocumentMapper;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Bulk batching by count and bytes, external versioning and item classification against real OpenSearch. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class BulkIndexerIT {

    @Inject
    OpenSearchClient client;

    @Inject
    ObjectMapper mapper;

    @Inject
    IndexManager indices;

    @Inject
    EnrichedEventParser parser;

    @Inject
    ArticleDocumentMapper documents;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private String index;

    @BeforeEach
    void createIndex() throws Exception {
        index = "bulk-test-" + UUID.randomUUID();
        indices.create(index);
    }

    private BulkIndexer createObjectUnderTest(int maxDocs, long maxBytes) {
        return new BulkIndexer(client, mapper, maxDocs, maxBytes, registry);
    }

    private static IndexAction upsert(String id, long version, String title, String publishedDate) {
        ArticleDocument doc = new ArticleDocument(
                id,
                null,
                null,
                0,
                title,
                null,
                "正文",
                title,
                "正文",
                List.of(),
                null,
                "测试",
                null,
                null,
                null,
                publishedDate,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                version,
                null,
                List.of(title),
                List.of(),
                List.of());
        return new IndexAction.Upsert(id, version, doc);
    }

    private long bulkRequests() {
        return registry.get("wenliu.search.bulk").timer().count();
    }

    private long count() throws Exception {
        indices.refresh(index);
        return client.count(c -> c.index(index)).count();
    }

    /**
     * The indexer serialises each document once with the application's mapper and hands those bytes to the client;
     * they must be what the client's own mapper would have written for the document.
     */
    @Test
    void documentBytesAreWhatTheClientWouldWrite() throws Exception {
        IndexAction.Upsert golden = (IndexAction.Upsert) documents.map(parser.parse(Files.readAllBytes(Path.of(
                "../analysis-service/src/test/resources/contracts/articles.enriched/v1/ArticleEnriched.json"))));
        for (IndexAction action : List.of(golden, upsert("u", 3, "标题", "2020-03-12"))) {
            ArticleDocument document = ((IndexAction.Upsert) action).document();
            JsonpMapper jsonp = client._transport().jsonpMapper();
            ByteArrayOutputStream clientBytes = new ByteArrayOutputStream();
            try (JsonGenerator generator = jsonp.jsonProvider().createGenerator(clientBytes)) {
                jsonp.serialize(document, generator);
            }
            assertThat(mapper.writeValueAsBytes(document)).isEqualTo(clientBytes.toByteArray());
        }
    }

    @Test
    void splitsByDocumentCount() throws Exception {
        List<IndexAction> actions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.add(upsert("d" + i, 1, "标题" + i, null));
        }
        List<ActionResult> results = createObjectUnderTest(2, 10_000_000).apply(actions, List.of(index));
        assertThat(results).extracting(ActionResult::outcome).containsOnly(Outcome.DONE);
        assertThat(bulkRequests()).isEqualTo(3);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void splitsByBytes() throws Exception {
        List<IndexAction> actions =
                List.of(upsert("a", 1, "甲".repeat(400), null), upsert("b", 1, "乙".repeat(400), null));
        createObjectUnderTest(500, 1_000).apply(actions, List.of(index));
        assertThat(bulkRequests()).isEqualTo(2);
    }

    @Test
    void olderVersionsAreSkippedNotFailedAndDeletesAreVersioned() throws Exception {
        BulkIndexer bulk = createObjectUnderTest(500, 10_000_000);
        bulk.apply(List.of(upsert("x", 5, "新", null)), List.of(index));
        List<ActionResult> stale =
                bulk.apply(List.of(upsert("x", 4, "旧", null), upsert("x", 5, "旧", null)), List.of(index));
        assertThat(stale).extracting(ActionResult::outcome).containsOnly(Outcome.DONE);
        indices.refresh(index);
        assertThat(client.get(g -> g.index(index).id("x"), ArticleDocument.class)
                        .source()
                        .title())
                .isEqualTo("新");

        assertThat(bulk.apply(List.of(new IndexAction.Delete("x", 4)), List.of(index)))
                .extracting(ActionResult::outcome)
                .containsOnly(Outcome.DONE);
        assertThat(count()).isEqualTo(1);
        bulk.apply(List.of(new IndexAction.Delete("x", 6)), List.of(index));
        assertThat(count()).isZero();
    }

    @Test
    void unmappableDocumentsAreRejectedWithTheReason() throws Exception {
        List<ActionResult> results = createObjectUnderTest(500, 10_000_000)
                .apply(List.of(upsert("bad", 1, "标题", "3月12日"), upsert("good", 1, "标题", "2020-03-12")), List.of(index));
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(results.get(0).reason()).contains("publishedDate");
        assertThat(results.get(1).outcome()).isEqualTo(Outcome.DONE);
    }
}
