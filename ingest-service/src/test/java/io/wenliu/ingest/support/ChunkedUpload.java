package io.wenliu.ingest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Uploads with Transfer-Encoding: chunked (no Content-Length), which RestAssured does not do reliably: the body is
 * published from a stream of unknown length.
 */
public final class ChunkedUpload {

    private static final String BOUNDARY = "wenliu-test-boundary";

    /** Content type of {@link #multipartBody}. */
    public static final String MULTIPART_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private ChunkedUpload() {}

    /** A raw upload: the body is the file, its name in X-File-Name. */
    public static HttpResponse<String> raw(URI uri, String apiKey, String name, byte[] content) {
        return send(request(uri, apiKey)
                .header("X-File-Name", name)
                .header("Content-Type", "application/octet-stream")
                .POST(chunked(content))
                .build());
    }

    /** A multipart upload with the file in form field {@code file}. */
    public static HttpResponse<String> multipart(URI uri, String apiKey, String name, byte[] content) {
        return send(request(uri, apiKey)
                .header("Content-Type", MULTIPART_TYPE)
                .POST(chunked(multipartBody(name, content)))
                .build());
    }

    private static HttpRequest.Builder request(URI uri, String apiKey) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("X-API-Key", apiKey);
    }

    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /** A multipart/form-data body with the file in form field {@code file}. */
    public static byte[] multipartBody(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
