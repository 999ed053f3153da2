package io.wenliu.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.TestObjects;
import io.wenliu.search.index.IndexDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding by lookup table gives exactly what folding code point by code point through the mapping gives. */
class ChineseNormalizerTest {

    private static final Map<Integer, Integer> MAPPING =
            IndexDefinition.fromResource("opensearch/articles-v1.json").traditionalToSimplified();

    private final ChineseNormalizer normalizer = TestObjects.normalizer();

    private static String reference(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(MAPPING.getOrDefault(cp, cp)));
        return out.toString();
    }

    @Test
    void everyUnitFoldsLikeTheMapping() {
        StringBuilder all = new StringBuilder();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c);
            assertThat(normalizer.toSimplified(text)).as("U+%04X", c).isEqualTo(reference(text));
            all.append((char) c);
        }
        assertThat(normalizer.toSimplified(all.toString())).isEqualTo(reference(all.toString()));
    }

    @Test
    void surrogatesAndWholeTextsFoldLikeTheMapping() throws Exception {
        for (String text : new String[] {"黨旗😷飄揚", "\uD800體\uDC00", "體\uD83D", "𠀀國", "苎苧薴"}) {
            assertThat(normalizer.toSimplified(text)).isEqualTo(reference(text));
        }
        String seed = Files.readString(Path.of("../seeds/001_3dedc98da2dd0076.txt"), StandardCharsets.UTF_8);
        assertThat(normalizer.toSimplified(seed)).isEqualTo(reference(seed));
    }

    @Test
    void nullAndEmpty() {
        assertThat(normalizer.toSimplified(null)).isEmpty();
        assertThat(normalizer.toSimplified("")).isEmpty();
    }
}
