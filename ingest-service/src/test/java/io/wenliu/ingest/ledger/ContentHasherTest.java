package io.wenliu.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.article.Seeds;
import io.wenliu.ingest.decode.CharsetDetector;
import io.wenliu.ingest.support.TextSamples;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Content hashing: SHA-256 of the normalised body, stable across re-encoding and re-wrapping. */
class ContentHasherTest {

    private static ContentHasher createObjectUnderTest() {
        return new ContentHasher();
    }

    @Test
    void isSha256HexOfNormalisedText() {
        // FIPS 180-2 test vector for "abc"
        assertThat(createObjectUnderTest().hash(" a b\nc "))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ignoresWrappingAndWidthVariants() {
        ContentHasher hasher = createObjectUnderTest();
        String body = "新冠肺炎疫情发生以来，14亿多中国人民众志成城。";
        assertThat(hasher.hash("新冠肺炎疫情发生\n以来，１４亿多中国\r\n人民众志成城。")).isEqualTo(hasher.hash(body));
        assertThat(hasher.hash("新冠肺炎疫情发生以来，14亿多中国　人民众志成城。 ")).isEqualTo(hasher.hash(body));
    }

    @Test
    void distinguishesDifferentText() {
        ContentHasher hasher = createObjectUnderTest();
        assertThat(hasher.hash("众志所趋 心手相牵")).isNotEqualTo(hasher.hash("众志所趋 心手相连"));
    }

    static List<Path> seeds() {
        return Seeds.files();
    }

    /** The same seed, re-encoded as GB18030, yields articles with the same hashes as the UTF-8 original. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void reEncodedSeedHashesTheSame(Path seed) throws Exception {
        String text = Seeds.text(seed);
        byte[] gb18030 = TextSamples.encode(text, Charset.forName("GB18030"));
        String decoded = new CharsetDetector().decode(gb18030).text();
        ArticleExtractor extractor = new ArticleExtractor(2020);
        ContentHasher hasher = createObjectUnderTest();

        List<String> original =
                extractor.extract(text).stream().map(a -> hasher.hash(a.body())).toList();
        List<String> reEncoded = extractor.extract(decoded).stream()
                .map(a -> hasher.hash(a.body()))
                .toList();

        assertThat(reEncoded).isNotEmpty().isEqualTo(original);
    }
}
