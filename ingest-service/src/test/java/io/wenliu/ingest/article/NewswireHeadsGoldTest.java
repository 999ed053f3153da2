package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each article of {@code eval/newswire-heads-gold.json} (141 heads written from the newswire conventions, not
 * from the seeds, used while building the grammar) and {@code eval/newswire-heads-heldout.json} (60 heads written
 * apart from it and from the code, measured before the fixes they prompted) through {@link ArticleExtractor} and scores each field: title, source, dateline place and date, authors
 * in order, every credit with its role, and where the body starts once the head is cut. Every field must reach
 * {@link #MIN_ACCURACY}.
 */
class NewswireHeadsGoldTest {

    static final double MIN_ACCURACY = 0.95;

    private static final Logger LOG = System.getLogger(NewswireHeadsGoldTest.class.getName());

    private static final Map<String, Function<ParsedArticle, Object>> ACTUAL = new LinkedHashMap<>();
    private static final Map<String, Function<JsonNode, Object>> GOLD = new LinkedHashMap<>();

    static {
        field("title", ParsedArticle::title, gold -> text(gold.get("title")));
        field("source", ParsedArticle::source, gold -> text(gold.get("source")));
        field("place", a -> a.dateline() == null ? null : a.dateline().place(), gold -> text(gold.get("place")));
        field("date", a -> a.dateline() == null ? null : a.dateline().date(), gold -> text(gold.get("date")));
        field("authors", ParsedArticle::authors, gold -> strings(gold.get("authors")));
        field("credits", a -> Set.copyOf(a.credits()), NewswireHeadsGoldTest::credits);
        field(
                "body",
                a -> a.body().substring(0, Math.min(10, a.body().length())),
                gold -> text(gold.get("body_starts")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newswire-heads-gold.json", "newswire-heads-heldout.json"})
    void everyFieldReachesTheAccuracyFloor(String file, TestReporter reporter) throws IOException {
        JsonNode gold = load(file);
        ArticleExtractor extractor = new ArticleExtractor(2020);
        Map<String, Integer> matches = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (JsonNode entry : gold) {
            List<ParsedArticle> articles = extractor.extract(entry.get("text").asText());
            if (articles.size() != 1) {
                misses.add(entry.get("id").asText() + " read as " + articles.size() + " articles");
            }
            ParsedArticle article = articles.get(0);
            for (String field : ACTUAL.keySet()) {
                Object expected = GOLD.get(field).apply(entry);
                Object actual = ACTUAL.get(field).apply(article);
                if (Objects.equals(expected, actual)) {
                    matches.merge(field, 1, Integer::sum);
                } else {
                    matches.putIfAbsent(field, 0);
                    misses.add(entry.get("id").asText() + " " + field + ": expected " + expected + ", got " + actual);
                }
            }
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        matches.forEach((field, count) -> accuracy.put(field, count / (double) gold.size()));
        reporter.publishEntry(file + " field accuracy (" + gold.size() + " articles)", accuracy.toString());
        LOG.log(Level.INFO, "{0} field accuracy ({1} articles): {2}", file, gold.size(), accuracy);
        misses.forEach(miss -> LOG.log(Level.INFO, miss));

        assertThat(accuracy)
                .as("misses:%n%s", String.join("\n", misses))
                .allSatisfy((field, value) -> assertThat(value).as(field).isGreaterThanOrEqualTo(MIN_ACCURACY));
    }

    private static JsonNode load(String file) throws IOException {
        try (InputStream in = NewswireHeadsGoldTest.class.getResourceAsStream("/eval/" + file)) {
            JsonNode gold = new ObjectMapper().readTree(in);
            assertThat(gold.size()).isGreaterThanOrEqualTo(50);
            return gold;
        }
    }

    private static void field(String name, Function<ParsedArticle, Object> actual, Function<JsonNode, Object> gold) {
        ACTUAL.put(name, actual);
        GOLD.put(name, gold);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<Credit> credits(JsonNode gold) {
        Set<Credit> credits = new HashSet<>();
        gold.get("credits")
                .forEach(credit -> credits.add(new Credit(
                        credit.get("role").asText(), credit.get("name").asText())));
        return credits;
    }
}
