package io.wenliu.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.search.index.Fields;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.text.ChineseNormalizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.CompletionSuggestOption;
import org.opensearch.client.opensearch.core.search.Suggest;

/** Completes a prefix from titles, entities and keywords with the completion suggester. */
@Singleton
public class SuggestService {

    /** Longest accepted prefix. */
    public static final int MAX_PREFIX = 50;

    private static final Map<String, String> SUGGESTERS = Map.of(
            "entity", Fields.SUGGEST_ENTITIES, "keyword", Fields.SUGGEST_KEYWORDS, "title", Fields.SUGGEST_TITLES);
    private static final List<String> ORDER = List.of("entity", "keyword", "title");

    private final OpenSearchClient client;
    private final IndexManager indices;
    private final ChineseNormalizer normalizer;

    public SuggestService(OpenSearchClient client, IndexManager indices, ChineseNormalizer normalizer) {
        this.client = client;
        this.indices = indices;
        this.normalizer = normalizer;
    }

    /** Up to {@code size} distinct completions of the prefix, entities first, then keywords, then titles. */
    public List<Suggestion> suggest(String prefix, int size) throws IOException {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > MAX_PREFIX) {
            throw new InvalidQueryException("q", "q is longer than " + MAX_PREFIX + " characters");
        }
        String text = normalizer.toSimplified(prefix.strip());
        SearchResponse<JsonNode> response = client.search(
                s -> s.index(indices.alias())
                        .size(0)
                        .source(src -> src.filter(f -> f.includes("articleId")))
                        .suggest(sg -> {
                            SUGGESTERS.forEach((name, field) -> sg.suggesters(
                                    name,
                                    fs -> fs.prefix(text)
                                            .completion(c ->
                                                    c.field(field).size(size).skipDuplicates(true))));
                            return sg;
                        }),
                JsonNode.class);
        Map<String, Suggestion> unique = new LinkedHashMap<>();
        for (String name : ORDER) {
            for (Suggest<JsonData> suggest : response.suggest().getOrDefault(name, List.of())) {
                if (!suggest.isCompletion()) {
                    continue;
                }
                for (CompletionSuggestOption<JsonData> option :
                        suggest.completion().options()) {
                    unique.putIfAbsent(option.text(), new Suggestion(option.text(), name));
                }
            }
        }
        List<Suggestion> result = new ArrayList<>(unique.values());
        return result.size() > size ? result.subList(0, size) : result;
    }
}
