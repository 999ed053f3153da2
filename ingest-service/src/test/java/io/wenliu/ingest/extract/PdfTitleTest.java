package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.extract.PdfTitle.Line;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTitleTest {

    private static final Line RUNNING_HEAD = new Line("2024年6月15日 星期六 第3版", 9);
    private static final Line BODY = new Line("广东省近日出台措施，推动制造业转型。措施提出，到2027年", 11);
    private static final Line BODY_2 = new Line("全省规模以上工业企业数字化改造基本完成。", 11);

    @Test
    void headlineIsTheBlockSetClearlyLargerThanTheBody() {
        List<Line> lines = List.of(
                RUNNING_HEAD, new Line("珠江三角洲制造业", 22), new Line("转型升级", 22), new Line("——广东出台二十条", 14), BODY, BODY_2);

        assertThat(PdfTitle.headline(lines)).contains("珠江三角洲制造业 转型升级");
    }

    @Test
    void noHeadlineWhenNothingStandsOut() {
        List<Line> lines = List.of(RUNNING_HEAD, new Line("珠江三角洲制造业转型升级", 13), BODY, BODY_2);

        assertThat(PdfTitle.headline(lines)).isEmpty();
    }

    @Test
    void noHeadlineOnAPageWithSeveralStories() {
        List<Line> lines = List.of(new Line("第一篇的标题", 20), BODY, BODY_2, new Line("第二篇的标题", 20), BODY, BODY_2);

        assertThat(PdfTitle.headline(lines)).isEmpty();
    }

    @Test
    void unreadablePdfGivesNoTitle() {
        assertThat(PdfTitle.find("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
