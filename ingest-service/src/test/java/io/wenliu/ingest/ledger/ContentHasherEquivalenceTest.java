package io.wenliu.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.article.Seeds;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ContentHasher's normalisation (ideograph runs copied, the rest normalised piecewise, whitespace filtered char by
 * char) equals the original one (NFKC of the whole body, then a code-point filter) on any text.
 */
class ContentHasherEquivalenceTest {

    private static ContentHasher createObjectUnderTest() {
        return new ContentHasher();
    }

    /** The filter ContentHasher used before: NFKC, then every code point that is no whitespace and no U+FEFF. */
    private static String reference(String body) {
        String nfkc = Normalizer.normalize(body, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void noWhitespaceOrSpaceSeparatorAfterTheIdeographicSpace() {
        for (int cp = 0x3001; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(Character.isWhitespace(cp) || Character.isSpaceChar(cp))
                    .as("U+%04X", cp)
                    .isFalse();
        }
    }

    @Test
    void everyCharAloneAndBetweenOthers() {
        ContentHasher hasher = createObjectUnderTest();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = c + "中" + c + "a" + c;
            assertThat(hasher.normalize(text)).as("U+%04X", (int) c).isEqualTo(reference(text));
        }
    }

    /** Combining marks, voicing marks, jamo, width variants, spaces and lone surrogates around every ideograph. */
    @Test
    void everyUnifiedIdeographBetweenCharsThatCombineOrChange() {
        ContentHasher hasher = createObjectUnderTest();
        String neighbours = "\u0301\u0316\u0338\u0345\u05B0\u093C\u0F71\u20D2\u3099\u309A\uFF9E\uFF9F"
                + "\u1100\u1161\u11A8\u3000\uFEFF aＡｶか\uD840\uDC00\uF900";
        for (char ideograph = '\u4E00'; ideograph <= '\u9FFF'; ideograph++) {
            for (int i = 0; i < neighbours.length(); i++) {
                char n = neighbours.charAt(i);
                String text = "" + n + ideograph + n + ideograph + ideograph + n;
                assertThat(hasher.normalize(text))
                        .as("U+%04X U+%04X", (int) n, (int) ideograph)
                        .isEqualTo(reference(text));
            }
        }
    }

    @Test
    void randomTextWithSurrogatesSpacesAndWidthVariants() {
        ContentHasher hasher = createObjectUnderTest();
        String pieces = " \t\n\r\u3000\u00A0\u2028\uFEFF　，。１Ａａ中文臺灣﹐ｶﾞ\u0301e";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                switch (random.nextInt(4)) {
                    case 0 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    case 1 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1));
                    default -> text.append(pieces.charAt(random.nextInt(pieces.length())));
                }
            }
            assertThat(hasher.normalize(text.toString())).isEqualTo(reference(text.toString()));
        }
    }

    static List<Path> seeds() {
        return Seeds.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seeds(Path seed) {
        String text = Seeds.text(seed);
        assertThat(createObjectUnderTest().normalize(text)).isEqualTo(reference(text));
    }
}
