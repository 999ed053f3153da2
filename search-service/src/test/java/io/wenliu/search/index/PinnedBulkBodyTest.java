package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wenliu.search.TestObjects;
import io.wenliu.search.config.OpenSearchConfig;
import io.wenliu.search.events.EnrichedEventParser;
import io.wenliu.search.indexing.ArticleDocumentMapper;
import io.wenliu.search.support.RecordingOpenSearch;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Pins what is indexed: for analysis-service's golden samples and generated articles, the bulk request body the client
 * sends to OpenSearch is byte for byte the one captured (in {@code pinned-indexing/bulk}) from the indexing path as it
 * was before it was made cheaper.
 */
class PinnedBulkBodyTest {

    private static final Path GOLDEN = Path.of("../analysis-service/src/test/resources/contracts/articles.enriched/v1");
    private static final Path PINNED = Path.of("src/test/resources/pinned-indexing");
    private static final String INDEX = "articles-v1";

    /** The clock the expected documents were captured with ({@code indexedAt}). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07.123456Z"), ZoneOffset.UTC);

    private static RecordingOpenSearch server;
    private static OpenSearchClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = RecordingOpenSearch.start();
        client = new OpenSearchClientProducer().openSearchClient(config(server.url()), TestObjects.mapper());
    }

    @AfterAll
    static void stopServer() throws IOException {
        client._transport().close();
        server.close();
    }

    /** Pinned events by name: the golden samples, then the generated ones. */
    static Stream<Arguments> events() throws IOException {
        List<Arguments> events = new ArrayList<>();
        events.add(Arguments.of("golden-ArticleEnriched", GOLDEN.resolve("ArticleEnriched.json")));
        events.add(Arguments.of("golden-ArticleDeleted", GOLDEN.resolve("ArticleDeleted.json")));
        try (Stream<Path> files = Files.list(PINNED.resolve("events"))) {
            files.sorted()
                    .forEach(f ->
                            events.add(Arguments.of(f.getFileName().toString().replace(".json", ""), f)));
        }
        return events.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void bulkBodyOfOneEventIsUnchanged(String name, Path event) throws Exception {
        String body = new String(bulkBody(server, client, List.of(Files.readAllBytes(event))), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("pinned.update")) {
            // After an intended change of what is indexed: -Dpinned.update=true rewrites the pinned bodies.
            Files.writeString(PINNED.resolve("bulk").resolve(name + ".ndjson"), body, StandardCharsets.UTF_8);
        }
        assertThat(body).isEqualTo(expected(name));
    }

    @Test
    void bulkBodyOfAllEventsIsTheirBodiesInOrder() throws Exception {
        List<byte[]> values = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (Arguments arguments : events().toList()) {
            values.add(Files.readAllBytes((Path) arguments.get()[1]));
            expected.append(expected((String) arguments.get()[0]));
        }
        String body = new String(bulkBody(server, client, values), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(expected.toString());
    }

    /**
     * Runs the record values through the live indexer's path (parse, map, bulk) into one bulk request and returns the
     * body the client sent.
     */
    static byte[] bulkBody(RecordingOpenSearch server, OpenSearchClient client, List<byte[]> values) throws Exception {
        ObjectMapper mapper = TestObjects.mapper();
        EnrichedEventParser parser = new EnrichedEventParser(mapper);
        ArticleDocumentMapper documents = new ArticleDocumentMapper(mapper, TestObjects.segmenter(), CLOCK, 0.5);
        List<IndexAction> actions = new ArrayList<>();
        for (byte[] value : values) {
            actions.add(documents.map(parser.parse(value)));
        }
        server.clear();
        new BulkIndexer(client, mapper, 500, 50_000_000, new SimpleMeterRegistry()).apply(actions, List.of(INDEX));
        assertThat(server.bulkBodies()).hasSize(1);
        return server.bulkBodies().get(0);
    }

    static OpenSearchConfig config(String url) {
        return new OpenSearchConfig() {
            @Override
            public List<URI> url() {
                return List.of(URI.create(url));
            }

            @Override
            public Optional<String> username() {
                return Optional.empty();
            }

            @Override
            public Optional<String> password() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> caFile() {
                return Optional.empty();
            }
        };
    }

    private static String expected(String name) throws IOException {
        return Files.readString(PINNED.resolve("bulk").resolve(name + ".ndjson"), StandardCharsets.UTF_8);
    }
}
