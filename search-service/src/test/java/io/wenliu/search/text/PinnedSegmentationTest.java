package io.wenliu.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.search.TestObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the segmentation of queries and titles (bodies are segmented the same way minus person names, see
 * {@link WordSegmenter#segmentBody}): for every text in {@code pinned-segmentation/words.jsonl}
 * (the seed files whole and line by line, traditional script, mixed scripts, whitespace and punctuation) the words are
 * exactly those captured from the segmenter before it was made cheaper, so new documents agree with indexed ones.
 */
class PinnedSegmentationTest {

    private static final Path PINNED = Path.of("src/test/resources/pinned-segmentation/words.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WordSegmenter segmenter = TestObjects.segmenter();

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(PINNED, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            List<String> words = new ArrayList<>();
            line.path("words").forEach(w -> words.add(w.asText()));
            cases.add(Arguments.of(
                    i + 1, line.path("text").isNull() ? null : line.path("text").asText(), words));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("texts")
    void wordsAreUnchanged(int line, String text, List<String> words) {
        assertThat(segmenter.words(text)).containsExactlyElementsOf(words);
        assertThat(segmenter.segment(text)).isEqualTo(String.join(" ", words));
    }
}
