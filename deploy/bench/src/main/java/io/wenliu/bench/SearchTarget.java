package io.wenliu.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** What the search phase queries: the search service's API, or OpenSearch directly with a plain match query. */
record SearchTarget(String name, Function<String, HttpRequest> requests) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** {@code GET <search>/api/search?q=<term>}. */
    static SearchTarget service(String searchUrl) {
        return new SearchTarget(
                "service",
                term -> HttpRequest.newBuilder(URI.create(
                                searchUrl + "/api/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)))
                        .timeout(TIMEOUT)
                        .GET()
                        .build());
    }

    /** {@code POST <opensearch>/articles/_search} with a 10-hit {@code match} on {@code body}, all terms required. */
    static SearchTarget openSearch(String openSearchUrl) {
        return new SearchTarget(
                "OpenSearch",
                term -> HttpRequest.newBuilder(URI.create(openSearchUrl + "/articles/_search"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(plainQuery(term), StandardCharsets.UTF_8))
                        .build());
    }

    /** {@code {"size":10,"query":{"match":{"body":{"query":<term>,"operator":"and"}}}}}. */
    static String plainQuery(String term) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "size", 10, "query", Map.of("match", Map.of("body", Map.of("query", term, "operator", "and")))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request for {@code term}. */
    HttpRequest request(String term) {
        return requests.apply(term);
    }
}
