package io.wenliu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Asks the search service how many articles match a query. */
public final class SearchProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchProbe() {}

    /** The URL of {@code GET /api/search?q=<query>} on {@code searchUrl}. */
    public static String queryUrl(String searchUrl, String query) {
        return searchUrl + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The {@code total} of the search response (a number, or an object with {@code value}); 0 on errors. */
    public static long total(String searchUrl, String query) throws IOException, InterruptedException {
        Http.Response response = Http.get(queryUrl(searchUrl, query));
        if (response.status() != 200) {
            return 0;
        }
        JsonNode total = JSON.readTree(response.body()).path("total");
        return total.isObject() ? total.path("value").asLong() : total.asLong();
    }
}
