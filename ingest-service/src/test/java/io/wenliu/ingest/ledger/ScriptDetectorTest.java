package io.wenliu.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.article.Seeds;
import io.wenliu.ingest.support.TextSamples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Script detection on the (simplified) seeds and on traditional text. */
class ScriptDetectorTest {

    private static ScriptDetector createObjectUnderTest() {
        return new ScriptDetector();
    }

    static List<Path> seeds() {
        return Seeds.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedsAreSimplified(Path seed) {
        assertThat(createObjectUnderTest().languageTag(Seeds.text(seed))).isEqualTo(ScriptDetector.SIMPLIFIED);
    }

    @Test
    void traditionalSampleIsTraditional() throws Exception {
        assertThat(createObjectUnderTest().languageTag(TextSamples.traditionalSample()))
                .isEqualTo(ScriptDetector.TRADITIONAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            香港市民話，呢啲嘢係咁㗎。疫情之下，大家要保持社交距離。 | zh-Hant
            眾志成城 共克時艱 | zh-Hant
            打赢人民战争必须依靠群众 | zh-Hans
            抗疫情抓生产 筑堡垒当先锋 | zh-Hans
            """)
    void tellsShortTextApart(String text, String tag) {
        assertThat(createObjectUnderTest().languageTag(text)).isEqualTo(tag);
    }
}
