package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {".hidden.txt", "article.txt.part", "article.TMP", "download.crdownload", ".", ""})
    void ignoresPartialAndHiddenFiles(String name) {
        assertThat(IgnoredNames.isIgnored(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.txt", "人民日报 第一版.txt", "part.txt", "notes.tmp.txt", "a b (1).pdf"})
    void picksUpOrdinaryNames(String name) {
        assertThat(IgnoredNames.isIgnored(name)).isFalse();
    }
}
