package io.wenliu.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTextParserTest {

    @Test
    void splitsTermsOnAnyWhitespaceIncludingIdeographicSpace() {
        ParsedQuery q = QueryTextParser.parse(" 疫情防控\u3000复工复产  武汉 ");
        assertThat(q.terms()).containsExactly("疫情防控", "复工复产", "武汉");
        assertThat(q.phrases()).isEmpty();
    }

    @Test
    void quotedTextIsOnePhraseAndChineseQuotesCount() {
        ParsedQuery q = QueryTextParser.parse("邱海波 \"党旗在疫情防控斗争第一线高高飘扬\" “复工 复产”");
        assertThat(q.terms()).containsExactly("邱海波");
        assertThat(q.phrases()).containsExactly("党旗在疫情防控斗争第一线高高飘扬", "复工 复产");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:疫情", "(疫情 OR 防控)", "疫*", "a\\b", "+疫情 -防控", "疫情~2", "/.*/", "{\"match_all\":{}}"})
    void syntaxCharactersStayLiteralText(String text) {
        ParsedQuery q = QueryTextParser.parse(text.replace("\"", ""));
        assertThat(String.join(" ", q.terms())).isEqualTo(text.replace("\"", "").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"疫情防控", "疫情\"防控\"\"", "“复工复产"})
    void unbalancedQuotesAreRejected(String text) {
        assertThatThrownBy(() -> QueryTextParser.parse(text))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unbalanced");
    }

    @Test
    void overlongQueriesAreRejectedAndBlankIsEmpty() {
        assertThatThrownBy(() -> QueryTextParser.parse("疫".repeat(201))).isInstanceOf(InvalidQueryException.class);
        assertThat(QueryTextParser.parse("  ").isEmpty()).isTrue();
        assertThat(QueryTextParser.parse(null)).isEqualTo(new ParsedQuery(List.of(), List.of()));
    }
}
