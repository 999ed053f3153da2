package io.wenliu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Counts matches through the public search API: {@code GET <search>/api/search?q=<query>&size=1}, field total. */
final class SearchCount {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final String searchUrl;

    SearchCount(HttpClient client, String searchUrl) {
        this.client = client;
        this.searchUrl = searchUrl;
    }

    /** The URL asked for {@code query} (an empty query matches every article). */
    String url(String query) {
        return searchUrl + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=1";
    }

    /** The number of articles matching {@code query}; an {@link IOException} for any answer but 200. */
    long total(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url(query)))
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url(query) + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode total = JSON.readTree(response.body()).path("total");
        return total.isObject() ? total.path("value").asLong() : total.asLong();
    }
}
