package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.decode.CharsetDetector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same wire story in each format gets its title without markup and its head read. */
class FormatTitlesTest {

    private static final String TITLE = "珠江三角洲制造业转型升级";
    private static final String LEAD = "新华社广州3月12日电（记者 王小明、李华）广东省近日出台措施，推动制造业转型。";

    private static ParsedArticle read(String fileName, byte[] bytes) throws DocumentRejectedException {
        DocumentTextReader reader =
                new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(1_000_000), 1_000_000);
        List<ParsedArticle> articles =
                new ArticleExtractor(2020).extract(reader.read(fileName, bytes).text());
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static void assertStory(ParsedArticle article) {
        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.authors()).containsExactly("王小明", "李华");
        assertThat(article.body()).startsWith("广东省近日出台措施");
    }

    @Test
    void markdownHeading() throws Exception {
        String markdown = "# " + TITLE + "\n\n" + LEAD + "\n";

        assertStory(read("story.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdownSetextHeadingWithBoldByline() throws Exception {
        String markdown = TITLE + "\n======\n\n**本报记者 赵六**\n\n本报讯 广东省近日出台措施，推动制造业转型。\n";

        ParsedArticle article = read("story.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.authors()).containsExactly("赵六");
        assertThat(article.source()).isEqualTo("本报");
    }

    @Test
    void htmlTitleOnly() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>" + TITLE + " - 新华网</title></head><body><p>" + LEAD
                + "</p></body></html>";

        assertStory(read("story.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void htmlHeading() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>新华网</title></head><body><h1>" + TITLE + "</h1><p>"
                + LEAD + "</p></body></html>";

        assertStory(read("story.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfTitleByFontSize() throws Exception {
        // A page whose running head (9 pt) is printed above the headline (22 pt), body in 11 pt: the headline is the
        // title, the running head is kept in the body. Made with PDFBox and a subset of WenQuanYi Micro Hei.
        byte[] pdf;
        try (var in = FormatTitlesTest.class.getResourceAsStream("/extract/headed-story.pdf")) {
            pdf = in.readAllBytes();
        }

        ParsedArticle article = read("story.pdf", pdf);

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.authors()).containsExactly("王小明", "李华");
        assertThat(article.source()).isEqualTo("新华社");
        assertThat(article.body())
                .isEqualTo("2024年6月15日星期六第3版经济观察\n广东省近日出台措施，推动制造业转型。措施提出，到2027年全省规模以上工业企业数字化改造"
                        + "基本完成，重点产业集群的智能制造水平明显提升。");
    }

    @Test
    void docxTitleStyleBelowAnIssueLine() throws Exception {
        byte[] docx = TestDocuments.styledDocx(
                new TestDocuments.Paragraph(null, "内部参考 2024年第12期"),
                new TestDocuments.Paragraph("Title", TITLE),
                new TestDocuments.Paragraph(null, LEAD));

        ParsedArticle article = read("story.docx", docx);

        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.authors()).containsExactly("王小明", "李华");
        assertThat(article.body()).contains("内部参考").contains("广东省近日出台措施");
    }

    @Test
    void docxHeadingStyle() throws Exception {
        byte[] docx = TestDocuments.styledDocx(
                new TestDocuments.Paragraph(null, "内部参考 2024年第12期"),
                new TestDocuments.Paragraph("heading 1", TITLE),
                new TestDocuments.Paragraph(null, LEAD));

        assertThat(read("story.docx", docx).title()).isEqualTo(TITLE);
    }

    @Test
    void htmlHeadingBelowABreadcrumb() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>新华网</title></head><body><p>首页 &gt; 财经</p><h1>" + TITLE
                + "</h1><p>" + LEAD + "</p></body></html>";

        assertThat(read("story.html", html.getBytes(StandardCharsets.UTF_8)).title())
                .isEqualTo(TITLE);
    }

    @Test
    void aDocxCreatedTheDayAfterItsDatelineDatesIt() throws Exception {
        byte[] docx = TestDocuments.docxCreated("2020-03-13T08:00:00Z", TITLE, LEAD);
        DocumentTextReader reader =
                new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(1_000_000), 1_000_000);
        ExtractedText text = reader.read("story.docx", docx);

        ParsedArticle article =
                new ArticleExtractor().extract(text.text(), text.created()).get(0);

        assertThat(text.created()).isEqualTo(java.time.LocalDate.of(2020, 3, 13));
        assertThat(article.dateline().isoDate()).isEqualTo("2020-03-12");
        assertThat(article.dateline().yearSource()).isEqualTo(io.wenliu.ingest.article.Dateline.YearSource.METADATA);
    }

    @Test
    void docxTitleParagraph() throws Exception {
        assertStory(read("story.docx", TestDocuments.docx(TITLE, LEAD)));
    }
}
