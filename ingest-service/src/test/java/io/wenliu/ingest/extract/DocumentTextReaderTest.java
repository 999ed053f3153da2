package io.wenliu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wenliu.ingest.decode.CharsetDetector;
import io.wenliu.ingest.ledger.FailureReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTextReaderTest {

    private static DocumentTextReader createObjectUnderTest() {
        return new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(1_000_000), 1000);
    }

    @Test
    void readsUtf8Text() throws DocumentRejectedException {
        ExtractedText text = createObjectUnderTest().read("a.txt", "标题\n正文。".getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).isEqualTo("标题\n正文。");
        assertThat(text.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void rejectsEmptyTooLargeUnsupportedAndBlank() {
        assertReason("a.txt", new byte[0], FailureReason.EMPTY);
        assertReason("a.txt", new byte[1001], FailureReason.TOO_LARGE);
        assertReason("a.exe", new byte[] {1}, FailureReason.UNSUPPORTED_TYPE);
        assertReason("noextension", new byte[] {1}, FailureReason.UNSUPPORTED_TYPE);
        assertReason("blank.md", " \n\t\n".getBytes(StandardCharsets.UTF_8), FailureReason.NO_TEXT);
    }

    @Test
    void refusesPlainTextWithMoreCharactersThanTheLimitButNotAtIt() throws DocumentRejectedException {
        DocumentTextReader reader = new DocumentTextReader(new CharsetDetector(), new TikaTextExtractor(10), 1_000);

        assertThat(reader.read("ten.txt", "一二三四五六七八九十".getBytes(StandardCharsets.UTF_8))
                        .text())
                .hasSize(10);
        assertReason(reader, "eleven.md", "一二三四五六七八九十壹".getBytes(StandardCharsets.UTF_8), FailureReason.TOO_LARGE);
    }

    @Test
    void rejectsBinaryGarbageNamedTxt() {
        byte[] garbage = {0, 1, 2, 3, (byte) 0x80, (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, 0, (byte) 0xFF, 7, 0};
        assertReason("garbage.txt", garbage, FailureReason.UNDECODABLE);
    }

    @Test
    void recognisesFormatsCaseInsensitively() {
        assertThat(DocumentFormat.ofFileName("A.PDF")).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.ofFileName("page.htm")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.ofFileName("x.docx")).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.ofFileName("x.doc")).isEmpty();
        assertThat(DocumentFormat.ofFileName("x.")).isEmpty();
    }

    private static void assertReason(String name, byte[] bytes, FailureReason reason) {
        assertReason(createObjectUnderTest(), name, bytes, reason);
    }

    private static void assertReason(DocumentTextReader reader, String name, byte[] bytes, FailureReason reason) {
        assertThatThrownBy(() -> reader.read(name, bytes))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
