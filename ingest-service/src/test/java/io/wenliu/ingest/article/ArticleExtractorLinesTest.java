package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ArticleExtractor.lines splits at CRLF, CR and LF exactly like the regex split it replaced. */
class ArticleExtractorLinesTest {

    private static ArticleExtractor createObjectUnderTest() {
        return new ArticleExtractor(2020);
    }

    /** The lines as the former {@code split("\r\n|\r|\n", -1)} gave them (after dropping a leading BOM). */
    private static List<String> reference(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(new WidthNormalizer().normalize(withoutBom).split("\r\n|\r|\n", -1));
    }

    private static List<String> lines(String text) {
        return createObjectUnderTest().lines(text).stream()
                .map(SourceLine::text)
                .toList();
    }

    @Test
    void edgeCases() {
        for (String text : List.of(
                "",
                "\n",
                "\r",
                "\r\n",
                "\n\r",
                "\r\r\n\n",
                "a",
                "a\n",
                "\na",
                "a\r\nb\rc\nd",
                "標題\r\n\r\n正文\n",
                "a\n\n\n")) {
            assertThat(lines(text))
                    .as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(reference(text));
        }
    }

    @Test
    void randomTextOfBreaksAndCharacters() {
        String pieces = "\r\n\r\n ab中文，１\uFEFF";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            assertThat(lines(text.toString())).isEqualTo(reference(text.toString()));
        }
    }

    @Test
    void linesAreNumberedFromOne() {
        List<SourceLine> lines = createObjectUnderTest().lines("a\r\nb\n");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 3);
    }
}
