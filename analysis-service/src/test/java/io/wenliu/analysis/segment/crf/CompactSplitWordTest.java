package io.wenliu.analysis.segment.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.wenliu.analysis.quality.EvalData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ansj.app.crf.SplitWord;
import org.ansj.library.CrfLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact CRF gives exactly ansj's words and cohesion scores (floats bit for bit, no tolerance). */
class CompactSplitWordTest {
    private static SplitWord ansj;
    private static SplitWord compact;

    @BeforeAll
    static void load() {
        ansj = AnsjCrf.splitWord();
        compact = createObjectUnderTest();
    }

    static SplitWord createObjectUnderTest() {
        return CompactCrf.install();
    }

    @Test
    void seedSentences() {
        assertThat(assertSameOn(CrfInputs.seedSentences())).isGreaterThan(1_000);
    }

    @Test
    void peoplesDailyDevSentences() {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeThat(dev).as("../shared/eval/peoples-daily-dev.bio").isPresent();
        assertThat(assertSameOn(CrfInputs.bioSentences(dev.get()))).isGreaterThan(2_000);
    }

    @Test
    void edgeCases() {
        assertSameOn(CrfInputs.edgeCases());
        assertThat(compact.cut("")).isEmpty();
        assertThat(compact.cut(" \t\u3000")).isEmpty();
        assertThat(compact.cut("iPhone12发布")).isEqualTo(ansj.cut("iPhone12发布"));
        assertThat(Float.compare(compact.cohesion(""), Integer.MIN_VALUE)).isZero();
    }

    @Test
    void randomStrings() {
        assertSameOn(CrfInputs.random(3_000, 20261130L));
    }

    @Test
    void installedAsAnsjDefaultSoAnsjNeverLoadsItsOwn() {
        assertThat(CrfLibrary.get()).isSameAs(compact).isInstanceOf(CompactSplitWord.class);
    }

    /** Compares cut (String and char[]) on each text and cohesion on each text and on each word; returns the count. */
    private static int assertSameOn(List<String> texts) {
        for (String text : texts) {
            String what = "\"" + text + "\"";
            List<?> words = outcome(() -> ansj.cut(text));
            assertThat(outcome(() -> compact.cut(text))).as("cut " + what).isEqualTo(words);
            assertThat(outcome(() -> compact.cut(text.toCharArray())))
                    .as("cut(char[]) " + what)
                    .isEqualTo(outcome(() -> ansj.cut(text.toCharArray())));
            assertSameCohesion(text);
            for (Object word : words) {
                if (word instanceof String w) {
                    assertSameCohesion(w);
                }
            }
        }
        return texts.size();
    }

    private static void assertSameCohesion(String word) {
        float expected = ansj.cohesion(word);
        float actual = compact.cohesion(word);
        assertThat(Float.compare(actual, expected))
                .as(
                        "cohesion \"%s\": %s (bits %08x) vs ansj %s (bits %08x)",
                        word, actual, Float.floatToRawIntBits(actual), expected, Float.floatToRawIntBits(expected))
                .isZero();
    }

    /** The words, or the exception's class when the segmenter throws (ansj's must then throw the same). */
    private static List<?> outcome(Supplier<List<String>> cut) {
        try {
            return cut.get();
        } catch (RuntimeException e) {
            return List.of(e.getClass());
        }
    }
}
