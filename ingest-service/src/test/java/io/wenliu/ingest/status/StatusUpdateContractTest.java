package io.wenliu.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reads the golden samples of the producers of articles.enriched and articles.indexed. */
class StatusUpdateContractTest {

    private static final Path ENRICHED =
            Path.of("../analysis-service/src/test/resources/contracts/articles.enriched/v1/ArticleEnriched.json");
    private static final Path ENRICHED_DELETED =
            Path.of("../analysis-service/src/test/resources/contracts/articles.enriched/v1/ArticleDeleted.json");
    private static final Path INDEXED =
            Path.of("../search-service/src/test/resources/contracts/articles.indexed/v1/ArticleIndexed.json");

    @Test
    void articleEnrichedGoldenSampleMarksEnriched() throws IOException {
        StatusUpdate update = StatusUpdate.parse(read(ENRICHED)).orElseThrow();

        assertThat(update.kind()).isEqualTo(StatusUpdate.Kind.ENRICHED);
        assertThat(update.articleId()).startsWith("a-");
    }

    @Test
    void articleIndexedGoldenSampleMarksIndexedAtItsTime() throws IOException {
        StatusUpdate update = StatusUpdate.parse(read(INDEXED)).orElseThrow();

        assertThat(update.kind()).isEqualTo(StatusUpdate.Kind.INDEXED);
        assertThat(update.articleId()).startsWith("a-");
        assertThat(update.at()).isEqualTo(Instant.parse("2026-11-23T10:00:02.500Z"));
    }

    @Test
    void fieldsAProducerAddsWithinTheVersionAreIgnoredAndOtherVersionsRefused() throws IOException {
        String indexed = read(INDEXED);
        String grown = indexed.replaceFirst("\\{", "{\"shard\": 3, ");

        assertThat(StatusUpdate.parse(grown))
                .contains(StatusUpdate.parse(indexed).orElseThrow());
        assertThatThrownBy(() -> StatusUpdate.parse(indexed.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isInstanceOf(UnreadableStatusException.class)
                .hasMessage("unsupported schemaVersion 2 of ArticleIndexed: this service reads schemaVersion 1");
    }

    @Test
    void deletionsAndIndexRemovalsAreNotProgress() throws IOException {
        assertThat(StatusUpdate.parse(read(ENRICHED_DELETED))).isEmpty();
        assertThat(StatusUpdate.parse(read(INDEXED).replace("\"deleted\": false", "\"deleted\": true")))
                .isEmpty();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
