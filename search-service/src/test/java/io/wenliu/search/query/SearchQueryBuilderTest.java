package io.wenliu.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.TestObjects;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryBuilderTest {

    private static SearchQueryBuilder createObjectUnderTest() {
        return new SearchQueryBuilder(TestObjects.normalizer(), TestObjects.segmenter());
    }

    private static String json(String q, List<String> persons) {
        SearchParams params =
                SearchParams.of(q, persons, null, null, null, null, null, "2020-01-01", null, null, 1, 10);
        return createObjectUnderTest().build(params).toJsonString();
    }

    @Test
    void termSearchesSegmentedWordsAndCharacterPhrase() {
        String json = json("复工复产", List.of());
        assertThat(json).contains("{\"match\":{\"bodyWords\":{", "\"operator\":\"and\",\"query\":\"复工 复产\"");
        assertThat(json).contains("{\"match_phrase\":{\"body\":{\"boost\":1.0,\"query\":\"复工复产\"");
    }

    @Test
    void termAndPhraseAlsoSearchTheByline() {
        assertThat(json("王小明", List.of())).contains("{\"match_phrase\":{\"byline\":{\"boost\":1.0,\"query\":\"王小明\"");
        assertThat(json("\"王小明\"", List.of())).contains("{\"match_phrase\":{\"byline\":");
    }

    @Test
    void traditionalQueryIsFoldedBeforeSegmenting() {
        assertThat(json("復工復產", List.of())).isEqualTo(json("复工复产", List.of()));
    }

    @Test
    void filtersBecomeTermAndRangeClauses() {
        String json = json("疫情防控", List.of("习近平", "邱海波"));
        assertThat(json).contains("{\"term\":{\"persons\":{\"value\":\"习近平\"}}}");
        assertThat(json).contains("{\"term\":{\"persons\":{\"value\":\"邱海波\"}}}");
        assertThat(json).contains("\"range\":{\"publishedDate\":{\"gte\":\"2020-01-01\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:疫情", "(疫情 OR 防控)", "疫*", "a\\b", "{\"match_all\":{}}", "*:*"})
    void userSyntaxNeverBecomesQuerySyntax(String q) {
        String json = json(q.replace("\"", "'"), List.of());
        assertThat(json).doesNotContain("query_string", "simple_query_string", "wildcard", "regexp", "prefix");
        assertThat(json).doesNotContain("{\"match_all\"");
    }

    @Test
    void emptyQueryWithoutFiltersMatchesAll() {
        SearchParams params = SearchParams.of(null, null, null, null, null, null, null, null, null, null, 1, 10);
        assertThat(createObjectUnderTest().build(params).toJsonString()).contains("match_all");
    }

    @Test
    void highlightLooksForEachTermAndPhraseInTitleAndBodyOnly() {
        SearchParams params =
                SearchParams.of("復工 \"党员干部\"", List.of("习近平"), null, null, null, null, null, null, null, null, 1, 10);
        String json = createObjectUnderTest().highlight(params).toJsonString();
        assertThat(json)
                .contains(
                        "{\"match_phrase\":{\"title\":{\"boost\":3.0,\"query\":\"复工\"",
                        "{\"match_phrase\":{\"body\":{\"boost\":1.0,\"query\":\"复工\"",
                        "{\"match_phrase\":{\"title\":{\"boost\":3.0,\"query\":\"党员干部\"",
                        "{\"match_phrase\":{\"body\":{\"boost\":1.0,\"query\":\"党员干部\"")
                .doesNotContain("Words", "byline", "习近平");
    }

    @Test
    void highlightPhrasesAllowOneBigramOfSlopSoThatTheyAreNotAnsweredFromTheIndexedPairs() {
        SearchParams params = SearchParams.of("复工复产", null, null, null, null, null, null, null, null, null, 1, 10);
        String highlight = createObjectUnderTest().highlight(params).toJsonString();
        String query = createObjectUnderTest().build(params).toJsonString();
        assertThat(highlight).contains("\"query\":\"复工复产\",\"slop\":1");
        assertThat(query).contains("\"query\":\"复工复产\"").doesNotContain("slop");
    }

    @Test
    void filtersAloneHighlightNothing() {
        SearchParams params =
                SearchParams.of(null, List.of("习近平"), null, null, null, null, null, null, null, null, 1, 10);
        assertThat(createObjectUnderTest().highlight(params)).isNull();
    }
}
