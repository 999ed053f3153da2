package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * parseLine refuses a line whose first and last visible characters are not brackets before any regex runs: it must
 * skip exactly the characters the patterns ignore, {@code [\s\u3000]}.
 */
class DatelineParserSpacesTest {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000]");

    private static DatelineParser createObjectUnderTest() {
        return new DatelineParser();
    }

    @Test
    void everyCharAroundADatelineIsSkippedExactlyWhenThePatternsIgnoreIt() {
        DatelineParser parser = createObjectUnderTest();
        for (String dateline : List.of("（新华社北京3月12日电）", "(新华社武汉3月1日电)", "（ 新华社北京 2 月 16 日电 ）")) {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                boolean ignored = IGNORED.matcher(String.valueOf(c)).matches();
                assertThat(parser.parseLine(c + dateline + c).isPresent())
                        .as("U+%04X around %s", (int) c, dateline)
                        .isEqualTo(ignored);
                assertThat(parser.parseLine("" + c + c + dateline).isPresent())
                        .as("U+%04X before %s", (int) c, dateline)
                        .isEqualTo(ignored);
            }
        }
    }

    @Test
    void blankAndBracketOnlyLinesAreNoDatelines() {
        DatelineParser parser = createObjectUnderTest();
        for (String line : List.of("", " ", "\u3000", "（", "（）", "( )", "）（")) {
            assertThat(parser.parseLine(line)).as(line).isEmpty();
        }
    }
}
