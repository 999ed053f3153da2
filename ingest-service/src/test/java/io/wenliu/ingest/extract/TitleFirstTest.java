package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFirstTest {

    @Test
    void headlineMovedToTheFrontAcrossLineBreaks() {
        String text = "2024年6月15日 星期六\n珠江三角洲制造业\n转型 升级\n广东省近日出台措施。\n";

        assertThat(TitleFirst.putFirst("珠江三角洲制造业 转型升级", text))
                .isEqualTo("珠江三角洲制造业\n转型 升级\n\n2024年6月15日 星期六\n广东省近日出台措施。\n");
    }

    @Test
    void textOpeningWithTheHeadlineOrWithoutItIsUnchanged() {
        String opening = "\n珠江三角洲制造业转型升级\n广东省近日出台措施。\n";
        String without = "广东省近日出台措施。\n";

        assertThat(TitleFirst.putFirst("珠江三角洲制造业转型升级", opening)).isSameAs(opening);
        assertThat(TitleFirst.putFirst("珠江三角洲制造业转型升级", without)).isSameAs(without);
    }

    @Test
    void headlineOfAStoryLowerOnThePageStaysWithItsBody() {
        String text = "短讯一\n甲地举行活动。\n短讯二\n乙地举行活动。\n珠江三角洲制造业转型升级\n广东省近日出台措施。\n";

        assertThat(TitleFirst.putFirst("珠江三角洲制造业转型升级", text)).isSameAs(text);
    }

    @Test
    void aBlankTitleChangesNothing() {
        String text = "首页\n广东省近日出台措施。\n";

        assertThat(TitleFirst.putFirst(" ", text)).isSameAs(text);
    }
}
