package io.wenliu.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.wenliu.search.index.IndexDefinition;
import io.wenliu.search.text.ChineseNormalizer;
import io.wenliu.search.text.WordSegmenter;

/** Factories for plain unit tests that need the real normalizer, segmenter or JSON mapper. */
public final class TestObjects {

    private static final IndexDefinition DEFINITION = IndexDefinition.fromResource("opensearch/articles-v1.json");

    private TestObjects() {}

    /** A JSON mapper configured like Quarkus' (ISO dates). */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The normalizer built from the committed index definition. */
    public static ChineseNormalizer normalizer() {
        return new ChineseNormalizer(DEFINITION);
    }

    /** The segmenter used at index and query time. */
    public static WordSegmenter segmenter() {
        return new WordSegmenter(normalizer());
    }
}
