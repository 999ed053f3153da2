package io.wenliu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads documents to {@code POST <ingest>/api/documents} (multipart, part {@code file}, header {@code X-API-Key})
 * with concurrent clients and measures the time from the first request until all accepted ones are searchable.
 */
final class UploadPhase {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_REJECTIONS_KEPT = 10;

    private final HttpClient client;
    private final String ingestUrl;
    private final String apiKey;
    private final SearchableWait wait;

    UploadPhase(HttpClient client, String ingestUrl, String apiKey, SearchableWait wait) {
        this.client = client;
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.wait = wait;
    }

    UploadResult run(String run, List<Article> articles, int clients) {
        List<MultipartBody> bodies = articles.stream()
                .map(a -> MultipartBody.file("file", a.fileName(), a.text().getBytes(StandardCharsets.UTF_8)))
                .toList();
        long[] latencies = new long[articles.size()];
        boolean[] accepted = new boolean[articles.size()];
        List<String> rejected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        String problem = upload(articles.get(i).fileName(), bodies.get(i));
                        latencies[i] = System.nanoTime() - sent;
                        accepted[i] = problem == null;
                        if (problem != null && rejected.size() < MAX_REJECTIONS_KEPT) {
                            rejected.add(problem);
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            awaitUploads(workers, done, bodies.size(), start);
        } finally {
            pool.shutdownNow();
        }
        long uploadEnd = System.nanoTime();
        int acceptedCount = 0;
        long chars = 0;
        for (int i = 0; i < accepted.length; i++) {
            if (accepted[i]) {
                acceptedCount++;
                chars += articles.get(i).chars();
            }
        }
        LatencyStats requests = Percentiles.summarize(latencies, Throughput.seconds(start, uploadEnd), 0);
        long end = wait.await("upload", run, acceptedCount, start);
        return new UploadResult(
                articles.size(),
                acceptedCount,
                clients,
                Throughput.of(acceptedCount, chars, Throughput.seconds(start, end)),
                requests,
                List.copyOf(rejected));
    }

    /** Sends one upload; null when accepted (2xx), else a description with the answer's body. */
    private String upload(String fileName, MultipartBody body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/documents"))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", apiKey)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            return fileName + ": " + response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return fileName + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fileName + ": interrupted";
        }
    }

    private static void awaitUploads(List<Future<?>> workers, AtomicInteger done, int total, long start) {
        ProgressLine progress = new ProgressLine("upload");
        for (Future<?> worker : workers) {
            while (true) {
                try {
                    worker.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    progress.tick(() -> String.format(
                            Locale.ROOT,
                            "%d/%d uploaded, %.1f uploads/s",
                            done.get(),
                            total,
                            done.get() / Math.max(Throughput.seconds(start, System.nanoTime()), 1e-9)));
                } catch (ExecutionException e) {
                    throw new PhaseFailure("[upload] a client failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PhaseFailure("[upload] interrupted", e);
                }
            }
        }
    }
}
