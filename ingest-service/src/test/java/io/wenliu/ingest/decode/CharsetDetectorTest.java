package io.wenliu.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.ingest.article.Seeds;
import io.wenliu.ingest.support.TextSamples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Charset detection on seed text written in every supported encoding, and on bad input. */
class CharsetDetectorTest {

    @TempDir
    Path documents;

    private static CharsetDetector createObjectUnderTest() {
        return new CharsetDetector();
    }

    /** How a test document is written: its name, its charset and whether it starts with a byte order mark. */
    enum Encoding {
        UTF8("encoding-utf8.txt", StandardCharsets.UTF_8, null, StandardCharsets.UTF_8),
        UTF8_BOM(
                "encoding-utf8-bom.txt",
                StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                StandardCharsets.UTF_8),
        UTF16LE_BOM(
                "encoding-utf16le-bom.txt",
                StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                StandardCharsets.UTF_16LE),
        UTF16BE_BOM(
                "encoding-utf16be-bom.txt",
                StandardCharsets.UTF_16BE,
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                StandardCharsets.UTF_16BE),
        UTF16LE("encoding-utf16le-no-bom.txt", StandardCharsets.UTF_16LE, null, StandardCharsets.UTF_16LE),
        UTF16BE("encoding-utf16be-no-bom.txt", StandardCharsets.UTF_16BE, null, StandardCharsets.UTF_16BE),
        GB18030("encoding-gb18030.txt", Charset.forName("GB18030"), null, Charset.forName("GB18030")),
        GBK("encoding-gbk.txt", Charset.forName("GBK"), null, Charset.forName("GB18030"));

        final String fileName;
        final Charset charset;
        final byte[] bom;
        final Charset expected;

        Encoding(String fileName, Charset charset, byte[] bom, Charset expected) {
            this.fileName = fileName;
            this.charset = charset;
            this.bom = bom;
            this.expected = expected;
        }
    }

    static Stream<Arguments> seedsInEveryEncoding() {
        List<Arguments> arguments = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            for (Encoding encoding : Encoding.values()) {
                arguments.add(Arguments.of(seed.getFileName().toString(), encoding));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsInEveryEncoding")
    void decodesSeedWrittenInEachEncoding(String seedName, Encoding encoding) throws Exception {
        String text = Seeds.text(Seeds.file(seedName));
        assumeTrue(
                encoding != Encoding.GBK || encoding.charset.newEncoder().canEncode(text),
                "GBK cannot write every character of " + seedName);
        Path document = write(encoding.fileName, encoding.bom, TextSamples.encode(text, encoding.charset));

        DecodedText decoded = createObjectUnderTest().decode(Files.readAllBytes(document));

        assertThat(decoded.charset()).isEqualTo(encoding.expected);
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void decodesBig5TraditionalAndKeepsItTraditional() throws Exception {
        String traditional = TextSamples.traditionalSample();
        Path document =
                write("encoding-big5-traditional.txt", null, TextSamples.encode(traditional, Charset.forName("Big5")));

        DecodedText decoded = createObjectUnderTest().decode(Files.readAllBytes(document));

        assertThat(decoded.charset().name()).isEqualTo("Big5");
        assertThat(decoded.text()).isEqualTo(traditional).contains("黨組織", "衝鋒", "億");
    }

    @Test
    void decodesHongKongTextOutsideBig5AsBig5Hkscs() throws Exception {
        String cantonese = "香港市民話，呢啲嘢係咁㗎。疫情之下，大家要保持社交距離。";
        Path document = write(
                "encoding-big5-hkscs-cantonese.txt",
                null,
                TextSamples.encode(cantonese, Charset.forName("Big5-HKSCS")));

        DecodedText decoded = createObjectUnderTest().decode(Files.readAllBytes(document));

        assertThat(decoded.charset().name()).isEqualTo("Big5-HKSCS");
        assertThat(decoded.text()).isEqualTo(cantonese);
    }

    @Test
    void decodesTraditionalTextWrittenAsGb18030AsGb18030() throws Exception {
        String traditional = TextSamples.traditionalSample();
        Path document = write(
                "encoding-gb18030-traditional.txt", null, TextSamples.encode(traditional, Charset.forName("GB18030")));

        DecodedText decoded = createObjectUnderTest().decode(Files.readAllBytes(document));

        assertThat(decoded.charset().name()).isEqualTo("GB18030");
        assertThat(decoded.text()).isEqualTo(traditional);
    }

    /** Bad input named like a text file, and what the rejection must say. */
    static Stream<Arguments> badDocuments() {
        byte[] garbage = new byte[4096];
        new Random(418).nextBytes(garbage);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        };
        byte[] controls = new byte[2000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 + (i % 7) : 'a');
        }
        byte[] invalid = new byte[600];
        for (int i = 0; i < invalid.length; i++) {
            invalid[i] = (byte) (i % 2 == 0 ? 0x80 : 0xFF);
        }
        byte[] utf16 = "\uFEFF新华社北京3月12日电".getBytes(StandardCharsets.UTF_16LE);
        byte[] seed = Seeds.text(Seeds.file("004_b82ecbf800d4d854.txt")).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = seed.clone();
        damaged[1000] = (byte) 0xFF;
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty file"),
                Arguments.of("garbage-binary.txt", garbage, "binary content"),
                Arguments.of("garbage-binary.txt", garbage, "NUL bytes without UTF-16 structure"),
                Arguments.of("garbage-png-named.txt", png, "binary content"),
                Arguments.of("garbage-control-characters.txt", controls, "control characters"),
                Arguments.of(
                        "garbage-invalid-everywhere.txt", invalid, "not valid text in UTF-8, UTF-16, GB18030 or Big5"),
                Arguments.of("encoding-utf16le-bom-truncated.txt", Arrays.copyOf(utf16, utf16.length - 1), "UTF-16LE"),
                Arguments.of("encoding-utf8-damaged.txt", damaged, "UTF-8 but malformed at byte offset 1000"),
                Arguments.of(
                        "encoding-utf8-truncated.txt",
                        Arrays.copyOf(seed, seed.length - 2),
                        "UTF-8 but malformed at byte offset " + (seed.length - 3)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badDocuments")
    void rejectsBadDocumentWithReason(String name, byte[] bytes, String reason) throws Exception {
        Path document = write(name, null, bytes);

        assertThatThrownBy(() -> createObjectUnderTest().decode(Files.readAllBytes(document)))
                .isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining(reason);
    }

    /** Each line of the traditional sample on its own, however short, is still recognised as Big5. */
    static Stream<String> traditionalLines() throws IOException {
        return TextSamples.traditionalSample().lines().filter(line -> !line.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traditionalLines")
    void recognisesShortBig5Text(String line) throws Exception {
        DecodedText decoded = createObjectUnderTest().decode(TextSamples.encode(line, Charset.forName("Big5")));

        assertThat(decoded.text()).isEqualTo(line);
    }

    /** Headlines of the seeds on their own, written as GB18030, are still recognised as GB18030. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"把战“疫”作风刻到骨子里", "保障", "众志所趋 心手相牵", "打赢人民战争必须依靠群众", "柏长岭"})
    void recognisesShortGb18030Text(String line) throws Exception {
        DecodedText decoded = createObjectUnderTest().decode(TextSamples.encode(line, Charset.forName("GB18030")));

        assertThat(decoded.text()).isEqualTo(line);
    }

    private Path write(String name, byte[] bom, byte[] body) throws IOException {
        byte[] bytes = body;
        if (bom != null) {
            bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
        }
        return Files.write(documents.resolve(name), bytes);
    }
}
