package io.wenliu.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadNamesTest {

    @ParameterizedTest
    @CsvSource({
        "article.txt, article.txt",
        "人民日报 第一版.txt, 人民日报 第一版.txt",
        "%E6%96%B0%E5%8D%8E%E7%A4%BE.txt, 新华社.txt",
        "a+b.txt, a+b.txt"
    })
    void acceptsPlainNames(String raw, String expected) {
        assertThat(UploadNames.check(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../etc/passwd",
                "..",
                "a/b.txt",
                "..\\x.txt",
                ".hidden.txt",
                "%2E%2E%2Fx.txt",
                " ",
                "a\u0001.txt"
            })
    void refusesPathsAndOddNames(String raw) {
        assertThatThrownBy(() -> UploadNames.check(raw))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
