package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DatelineYearsTest {

    private static final Dateline MARCH_12 = Dateline.printed("（新华社北京3月12日电）", "新华社", "北京", "3月12日", null, 3, 12);

    private static Dateline complete(String text) {
        return new DatelineYears().complete(MARCH_12, text);
    }

    @Test
    void aFullDateOnTheDayOrUpToThreeDaysLaterGivesTheYearWithItsEvidence() {
        assertThat(complete("2020年3月12日，北京。").year()).isEqualTo(2020);
        assertThat(complete("人民日报 2020年3月15日 第4版").yearEvidence()).isEqualTo("2020年3月15日");
        assertThat(complete("二〇二〇年三月十三日 星期五").yearSource()).isEqualTo(Dateline.YearSource.TEXT);
    }

    @Test
    void otherDatesAndBareYearsAreNoEvidence() {
        assertThat(complete("与2019年3月相比，2019年全年增长。").year()).isNull();
        assertThat(complete("2020年3月16日 第4版").year()).isNull();
        assertThat(complete("2020年3月11日发布的通知").year()).isNull();
        assertThat(complete("2020年4月12日").year()).isNull();
    }

    @Test
    void twoYearsOnTheDayAreNoEvidence() {
        assertThat(complete("2020年3月12日 … 2019年3月12日的报道").year()).isNull();
    }

    @Test
    void aDispatchOfLastDecemberPrintedInJanuary() {
        Dateline december31 = Dateline.printed("（新华社北京12月31日电）", "新华社", "北京", "12月31日", null, 12, 31);

        assertThat(new DatelineYears().complete(december31, "2021年1月2日 星期六").isoDate())
                .isEqualTo("2020-12-31");
    }

    @Test
    void theFileCreationDayGivesTheYearWhenTheTextShowsNone() {
        DatelineYears years = new DatelineYears(OptionalInt.of(2021));

        Dateline created = years.complete(MARCH_12, "正文", LocalDate.of(2020, 3, 13));
        assertThat(created.isoDate()).isEqualTo("2020-03-12");
        assertThat(created.yearSource()).isEqualTo(Dateline.YearSource.METADATA);
        assertThat(created.yearEvidence()).isEqualTo("file created 2020-03-13");
        assertThat(years.complete(MARCH_12, "正文", LocalDate.of(2020, 3, 11)).isoDate())
                .as("a document written the day before")
                .isEqualTo("2020-03-12");
        assertThat(years.complete(MARCH_12, "正文", LocalDate.of(2015, 6, 1)).yearSource())
                .as("a file made long after (a scan) is no evidence; the configured year applies")
                .isEqualTo(Dateline.YearSource.CONFIGURED);
        assertThat(years.complete(MARCH_12, "2019年3月12日", LocalDate.of(2020, 3, 13))
                        .isoDate())
                .as("the text wins over the file")
                .isEqualTo("2019-03-12");
    }

    @Test
    void theConfiguredYearOnlyWhenTheTextShowsNone() {
        DatelineYears configured = new DatelineYears(OptionalInt.of(2021));

        assertThat(configured.complete(MARCH_12, "正文").isoDate()).isEqualTo("2021-03-12");
        assertThat(configured.complete(MARCH_12, "正文").yearSource()).isEqualTo(Dateline.YearSource.CONFIGURED);
        assertThat(configured.complete(MARCH_12, "2020年3月13日").isoDate()).isEqualTo("2020-03-12");
    }

    @Test
    void aPrintedYearOrADayWithoutMonthIsLeftAsItIs() {
        Dateline printed = Dateline.printed("新华社北京2019年3月12日电", "新华社", "北京", "2019年3月12日", 2019, 3, 12);
        Dateline dayOnly = Dateline.printed("新华社北京12日电", "新华社", "北京", "12日", null, null, 12);

        assertThat(new DatelineYears().complete(printed, "2020年3月12日")).isSameAs(printed);
        assertThat(new DatelineYears(OptionalInt.of(2021)).complete(dayOnly, "2020年3月12日"))
                .isSameAs(dayOnly);
    }
}
