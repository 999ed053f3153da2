package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCorpusTest {

    private static final String RUN = "wlbasdfghjkl";

    @TempDir
    Path dir;

    @Test
    void takesTextMarkdownAndHtmlFilesInTurnWithAMarkerInEachCopy() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "标题\n\n正文第一段。\n");
        Files.writeString(dir.resolve("b.html"), "<html><body><h1>标题</h1><p>正文。</p></BODY></html>");
        Files.writeString(dir.resolve("c.md"), "# 标题\n\n正文");
        Files.writeString(dir.resolve("d.pdf"), "%PDF");
        Files.write(dir.resolve("e.txt"), "国内".getBytes(Charset.forName("GBK")));

        Corpus corpus = UserCorpus.load(dir);

        assertThat(corpus.batchSize(2000)).isEqualTo(3);
        assertThat(corpus.unit()).isEqualTo("files");
        Article text = corpus.article(RUN, 0);
        assertThat(text.text()).isEqualTo("标题\n\n正文第一段。\n\n" + RunMarker.tag(RUN, 0) + "\n");
        assertThat(text.fileName()).isEqualTo(RUN + "-000000-a.txt");
        Article html = corpus.article(RUN, 1);
        assertThat(html.text())
                .isEqualTo("<html><body><h1>标题</h1><p>正文。</p><p>" + RunMarker.tag(RUN, 1) + "</p>\n</BODY></html>");
        assertThat(html.body()).doesNotContain("<p>").contains(RunMarker.tag(RUN, 1));
        assertThat(corpus.article(RUN, 3).text()).as("the first file again").startsWith("标题\n\n正文第一段。");
        assertThat(corpus.article(RUN, 3).text()).isNotEqualTo(text.text());
    }

    @Test
    void htmlWithoutBodyGetsTheMarkerAtTheEnd() {
        assertThat(UserCorpus.withMarker("x.htm", "<p>正文</p>", "（m）")).isEqualTo("<p>正文</p>\n<p>（m）</p>\n");
    }

    @Test
    void aFolderWithoutUsableFilesIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("notes.docx"), "x");

        assertThatThrownBy(() -> UserCorpus.load(dir))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no .txt, .md or .html files");
    }
}
