package io.wenliu.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Minimal blocking HTTP calls for health checks and probes. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {}

    /** A status code and a UTF-8 body. */
    public record Response(int status, String body) {}

    /** GET {@code url}. */
    public static Response get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** GET {@code url} with one request header (e.g. an API key). */
    public static Response get(String url, String header, String value) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url)).header(header, value).GET());
    }

    /** POST a JSON body to {@code url}. */
    public static Response postJson(String url, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** PUT a JSON body to {@code url}. */
    public static Response putJson(String url, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(
                builder.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }
}
