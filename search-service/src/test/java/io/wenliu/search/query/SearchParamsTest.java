package io.wenliu.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

    private static SearchParams params(String from, String to, String sort, Integer page, Integer size) {
        return SearchParams.of("疫情", List.of(" 习近平 ", ""), null, null, null, null, null, from, to, sort, page, size);
    }

    @Test
    void defaultsAndCleanedFilters() {
        SearchParams p = params(null, null, null, null, null);
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(10);
        assertThat(p.sort()).isEqualTo(SortBy.RELEVANCE);
        assertThat(p.persons()).containsExactly("习近平");
    }

    @Test
    void datesAndSortAreParsed() {
        SearchParams p = params("2020-03-01", "2020-03-31", "date", 2, 100);
        assertThat(p.from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(p.sort()).isEqualTo(SortBy.DATE);
    }

    @Test
    void badValuesNameTheParameter() {
        assertThatThrownBy(() -> params(null, null, null, null, 101))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> params(null, null, null, 0, null)).hasMessageContaining("page");
        assertThatThrownBy(() -> params("2020-3-1", null, null, null, null)).hasMessageContaining("from");
        assertThatThrownBy(() -> params("2020-04-01", "2020-03-01", null, null, null))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> params(null, null, "newest", null, null)).hasMessageContaining("sort");
        assertThatThrownBy(() -> params(null, null, null, 200, 100)).hasMessageContaining("10000");
    }
}
