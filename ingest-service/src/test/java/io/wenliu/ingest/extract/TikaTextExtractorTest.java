package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wenliu.ingest.decode.CharsetDetector;
import io.wenliu.ingest.ledger.FailureReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TikaTextExtractorTest {

    private static DocumentTextReader createObjectUnderTest() {
        return new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(1_000_000), 1_000_000);
    }

    @Test
    void readsHtmlWithoutMarkup() throws DocumentRejectedException {
        String html = "<html><head><meta charset=\"utf-8\"><title>页</title></head>"
                + "<body><h1>把战“疫”作风刻到骨子里</h1><p>面对疫情防控，全党全国共同努力。</p></body></html>";

        ExtractedText text = createObjectUnderTest().read("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).contains("把战“疫”作风刻到骨子里").contains("面对疫情防控，全党全国共同努力。");
        assertThat(text.text()).doesNotContain("<h1>");
    }

    @Test
    void putsTheTitleOfAPageWithoutHeadingFirst() throws DocumentRejectedException {
        String html = "<html><head><meta charset=\"utf-8\"><title>珠江三角洲制造业转型升级_新华网</title></head>"
                + "<body><p>新华社广州3月12日电 广东省近日出台措施。</p></body></html>";

        ExtractedText text = createObjectUnderTest().read("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.text().strip()).startsWith("珠江三角洲制造业转型升级\n");
    }

    @Test
    void leavesThePageTitleOutWhenTheBodyHasAHeading() throws DocumentRejectedException {
        String html = "<html><head><meta charset=\"utf-8\"><title>页</title></head>"
                + "<body><h1>把战“疫”作风刻到骨子里</h1><p>面对疫情防控。</p></body></html>";

        ExtractedText text = createObjectUnderTest().read("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.text().strip()).startsWith("把战“疫”作风刻到骨子里").doesNotContain("页");
    }

    @Test
    void readsDocx() throws Exception {
        ExtractedText text = createObjectUnderTest().read("letter.docx", TestDocuments.docx("标题", "第一段正文。"));

        assertThat(text.text()).contains("标题").contains("第一段正文。");
    }

    @Test
    void readsPdfText() throws Exception {
        ExtractedText text = createObjectUnderTest().read("page.pdf", TestDocuments.pdf("Wenliu PDF line"));

        assertThat(text.text()).contains("Wenliu PDF line");
    }

    @Test
    void pdfWithoutTextIsRejected() throws Exception {
        byte[] blank = TestDocuments.pdf(null);
        assertThatThrownBy(() -> createObjectUnderTest().read("scan.pdf", blank))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.NO_TEXT));
    }

    @Test
    void corruptPdfIsRejectedAsUndecodable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {1, 2, 3, (byte) 0xFF, 0, 9, 8, 7});
        byte[] corrupt = bytes.toByteArray();
        assertThatThrownBy(() -> createObjectUnderTest().read("broken.pdf", corrupt))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isIn(FailureReason.UNDECODABLE, FailureReason.NO_TEXT));
    }

    @Test
    void refusesARichDocumentWithMoreTextThanTheLimitAsTooLarge() throws Exception {
        String paragraph = "面对疫情防控，全党全国共同努力。".repeat(20);
        DocumentTextReader reader =
                new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(1_000), 1_000_000);
        byte[] docx = TestDocuments.docx("标题", paragraph, paragraph, paragraph, paragraph);
        byte[] html = ("<html><body><p>" + paragraph.repeat(4) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);

        for (String[] named : new String[][] {{"long.docx", "docx"}, {"long.html", "html"}}) {
            byte[] bytes = named[1].equals("docx") ? docx : html;
            assertThatThrownBy(() -> reader.read(named[0], bytes))
                    .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.TOO_LARGE);
                        assertThat(e.getMessage())
                                .isEqualTo("document has more than 1,000 characters of text"
                                        + " (wenliu.ingest.max-text-chars): split it");
                    });
        }
        assertThat(reader.read("short.docx", TestDocuments.docx("标题", paragraph))
                        .text())
                .contains(paragraph);
    }
}
