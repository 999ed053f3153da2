package io.wenliu.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.TestObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {

    private final WordSegmenter segmenter = TestObjects.segmenter();

    @Test
    void segmentsWordsAndDropsPunctuation() {
        assertThat(segmenter.words("党旗在疫情防控斗争第一线高高飘扬。"))
                .containsExactly("党旗", "在", "疫情", "防控", "斗争", "第一线", "高高", "飘扬");
    }

    @Test
    void traditionalTextSegmentsLikeSimplified() {
        assertThat(segmenter.segment("推動企業復工復產")).isEqualTo(segmenter.segment("推动企业复工复产"));
        assertThat(TestObjects.normalizer().toSimplified("黨旗飄揚")).isEqualTo("党旗飘扬");
    }

    @Test
    void queryWordsAreASubsequenceOfTheSameWordsInContext() {
        assertThat(segmenter.segment("复工复产")).isEqualTo("复工 复产");
        assertThat(segmenter.segment("企业有序复工复产")).contains("复工 复产");
        assertThat(segmenter.segment("COVID-19疫情")).contains("covid");
    }

    @Test
    void aNameInAQueryIsOneWordOfABodyThatNamesThatPerson() {
        String body = "记者王小明和李鹏昨天在温州市走访了二十家企业。";
        for (String name : List.of("王小明", "李鹏")) {
            assertThat(List.of(segmenter.segmentBody(body, List.of("王小明", "李鹏")).split(" ")))
                    .containsAll(List.of(segmenter.segment(name).split(" ")));
        }
        assertThat(List.of(segmenter.segmentBody(body, List.of()).split(" ")))
                .containsAll(List.of(segmenter.segment("温州市 企业").split(" ")));
    }

    @Test
    void namesInABodyAreFoldedLikeTheBody() {
        assertThat(segmenter.segmentBody("會見", List.of("歐陽振華"))).isEqualTo(segmenter.segment("会见") + " 欧阳振华");
        assertThat(segmenter.segmentBody(null, List.of())).isEmpty();
    }
}
