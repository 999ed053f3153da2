package io.wenliu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference figure: the same documents sent with plain OpenSearch {@code _bulk} (500 per request) into a fresh
 * one-shard index with the {@code cjk} analyzer, timed from the first bulk to the end of the refresh; the index is
 * deleted afterwards.
 */
final class RawBulk {

    static final int CHUNK = 500;
    static final String MAPPING = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
            + "\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\",\"analyzer\":\"cjk\"},"
            + "\"body\":{\"type\":\"text\",\"analyzer\":\"cjk\"}}}}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client;
    private final String openSearchUrl;

    RawBulk(HttpClient client, String openSearchUrl) {
        this.client = client;
        this.openSearchUrl = openSearchUrl;
    }

    /**
     * Indexes {@code articles} {@code rounds} times, each into a fresh {@code wenliu-bench-raw-<run>-<round>}, and
     * returns the round with the median rate: one round of 2,000 documents lasts a second or two, and read anywhere
     * from 720 to 1,500 docs/s on the same machine in one day.
     */
    Throughput run(String run, List<Article> articles, int rounds) {
        List<Throughput> runs = new ArrayList<>(rounds);
        for (int round = 1; round <= rounds; round++) {
            runs.add(run(run + "-" + round, articles));
        }
        return Throughput.median(runs);
    }

    /** Indexes {@code articles} into {@code wenliu-bench-raw-<run>} and returns docs/s and chars/s. */
    private Throughput run(String run, List<Article> articles) {
        String index = openSearchUrl + "/wenliu-bench-raw-" + run;
        try {
            send("PUT", index, "application/json", MAPPING);
            List<String> chunks = bulkBodies(articles);
            long chars = articles.stream().mapToLong(Article::chars).sum();
            long start = System.nanoTime();
            for (String chunk : chunks) {
                JsonNode answer = JSON.readTree(send("POST", index + "/_bulk", "application/x-ndjson", chunk));
                if (answer.path("errors").asBoolean()) {
                    throw new PhaseFailure("[raw] _bulk reported errors: " + firstError(answer));
                }
            }
            send("POST", index + "/_refresh", "application/json", "");
            long end = System.nanoTime();
            long count = JSON.readTree(send("GET", index + "/_count", "application/json", null))
                    .path("count")
                    .asLong();
            if (count != articles.size()) {
                throw new PhaseFailure("[raw] " + index + " holds " + count + " documents, sent " + articles.size());
            }
            return Throughput.of(articles.size(), chars, Throughput.seconds(start, end));
        } catch (IOException e) {
            throw new PhaseFailure("[raw] " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhaseFailure("[raw] interrupted", e);
        } finally {
            deleteQuietly(index);
        }
    }

    /** The NDJSON bodies: an {@code index} action and a {@code {title, body}} source per document. */
    static List<String> bulkBodies(List<Article> articles) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inChunk = 0;
        for (Article article : articles) {
            ObjectNode source = JSON.createObjectNode();
            source.put("title", article.title());
            source.put("body", article.body());
            body.append("{\"index\":{}}\n").append(source).append('\n');
            if (++inChunk == CHUNK) {
                bodies.add(body.toString());
                body.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            bodies.add(body.toString());
        }
        return bodies;
    }

    private String send(String method, String url, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", contentType);
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    method + " " + url + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response.body();
    }

    private void deleteQuietly(String index) {
        try {
            client.send(
                    HttpRequest.newBuilder(URI.create(index))
                            .timeout(Duration.ofSeconds(30))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            Console.warn("Could not delete " + index + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstError(JsonNode answer) {
        for (JsonNode item : answer.path("items")) {
            JsonNode error = item.path("index").path("error");
            if (!error.isMissingNode()) {
                return error.toString();
            }
        }
        return "(no error item)";
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
