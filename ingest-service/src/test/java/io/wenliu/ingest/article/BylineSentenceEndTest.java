package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentence-end shortcut of {@link BylineCleaner#looksLikeByline} never changes its answer. */
class BylineSentenceEndTest {

    private final BylineCleaner cleaner = new BylineCleaner();

    @ParameterizedTest
    @ValueSource(
            strings = {"□新华社记者 林 晖 人民日报记者 孟祥夫", "新华社记者 程敏 摄", "记者 王小明、李华 通讯员 张三", "文/王小明", "据新华社电", "本报记者 赵六", "□逄晓东"})
    void aBylineWithASentenceEndReadsAsNoBylineWithoutTheShortcut(String byline) {
        assertThat(cleaner.readsAsByline(byline)).as("a byline as printed").isTrue();
        for (String mark : List.of("。", "！", "？")) {
            assertThat(cleaner.readsAsByline(byline + mark)).as(byline + mark).isFalse();
            int middle = byline.length() / 2;
            String inside = byline.substring(0, middle) + mark + byline.substring(middle);
            assertThat(cleaner.readsAsByline(inside)).as(inside).isFalse();
        }
    }

    @Test
    void noLineOfTheSeedsWithASentenceEndReadsAsAByline() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            lines.addAll(Files.readAllLines(seed));
        }
        List<String> withEnd =
                lines.stream().filter(BylineCleaner::endsASentence).toList();

        assertThat(withEnd).hasSizeGreaterThan(50);
        assertThat(withEnd).noneMatch(cleaner::readsAsByline);
        assertThat(lines.stream().filter(cleaner::readsAsByline))
                .as("the seeds' bylines are still found")
                .isNotEmpty()
                .allMatch(cleaner::looksLikeByline);
    }
}
