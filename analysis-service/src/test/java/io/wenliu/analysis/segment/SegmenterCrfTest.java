package io.wenliu.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.quality.EvalData;
import io.wenliu.analysis.segment.crf.AnsjCrf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ansj.library.CrfLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nlpcn.commons.lang.tire.domain.Forest;

/** NlpAnalysis with the domain lexicon tags the seed articles the same with the compact CRF as with ansj's own. */
class SegmenterCrfTest {
    private static Segmenter compact;
    private static Segmenter ansj;

    @BeforeAll
    static void load() {
        Forest lexicon = Segmenter.loadForest(Segmenter.LEXICON);
        compact = createObjectUnderTest(lexicon);
        ansj = new Segmenter(lexicon, AnsjCrf.splitWord());
    }

    static Segmenter createObjectUnderTest(Forest lexicon) {
        return new Segmenter(lexicon);
    }

    static Stream<Path> seedFiles() throws IOException {
        return Files.list(EvalData.seeds())
                .filter(f -> f.toString().endsWith(".txt"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void sameTokensAsAnsjsOwnCrf(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<Token> expected = ansj.segment(text);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(compact.segment(text)).isEqualTo(expected);

        CleanText clean = CleanText.of(text);
        assertThat(compact.segment(clean)).isEqualTo(ansj.segment(clean));
        assertThat(CrfLibrary.get().getClass().getSimpleName()).isEqualTo("CompactSplitWord");
    }
}
