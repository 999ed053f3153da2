package io.wenliu.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dictionary words come in text order, which lookups by offset (entity confidence) rely on. */
class SegmenterWordsOrderTest {
    private static final Segmenter SEGMENTER = Segmenter.withDomainLexicon();

    static Stream<Path> seedFiles() throws IOException {
        return SegmenterCrfTest.seedFiles();
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void wordsStartInTextOrder(Path seed) throws IOException {
        List<Token> words = SEGMENTER.words(CleanText.of(Files.readString(seed, StandardCharsets.UTF_8)));

        assertThat(words).hasSizeGreaterThan(100);
        assertThat(words).extracting(Token::start).isSorted();
    }
}
