package io.wenliu.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop search load: each client picks the next query and sends one request after the other; latencies are
 * recorded for the measured window after an unrecorded warm-up; any answer but 200 counts as an error.
 */
final class SearchLoad {

    private static final int ERRORS_KEPT = 5;

    private final List<String> queries;

    SearchLoad(List<String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no search queries");
        }
        this.queries = List.copyOf(queries);
    }

    /** The latencies of one target's measured window, and every request sent, warm-up included. */
    record Run(LatencyStats latency, long requests) {}

    /**
     * One target with {@code clients} clients, the queries taken in order from the one at {@code first}; the errors
     * seen (at most five) go into {@code errors}.
     */
    Run run(SearchTarget target, int clients, int first, Duration warmup, Duration measure, List<String> errors) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
        AtomicInteger nextQuery = new AtomicInteger(first);
        AtomicLong requests = new AtomicLong();
        AtomicLong errorCount = new AtomicLong();
        long measureStart = System.nanoTime() + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    String query = queries.get(Math.floorMod(nextQuery.getAndIncrement(), queries.size()));
                    long sent = System.nanoTime();
                    String error = send(client, target, query);
                    long took = System.nanoTime() - sent;
                    requests.incrementAndGet();
                    if (error != null) {
                        errorCount.incrementAndGet();
                        synchronized (errors) {
                            if (errors.size() < ERRORS_KEPT) {
                                errors.add(target.name() + " " + query + ": " + error);
                            }
                        }
                    } else if (sent >= measureStart && sent < end) {
                        latencies.add(took);
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            ProgressLine progress = new ProgressLine("search");
            for (Future<List<Long>> worker : workers) {
                all.addAll(awaitWorker(
                        worker,
                        progress,
                        () -> String.format(
                                Locale.ROOT,
                                "%d clients, %s: %d requests, %d errors",
                                clients,
                                target.name(),
                                requests.get(),
                                errorCount.get())));
            }
        } finally {
            pool.shutdownNow();
        }
        long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
        LatencyStats latency = nanos.length == 0
                ? new LatencyStats(0, 0, 0, 0, 0, 0, errorCount.get())
                : Percentiles.summarize(nanos, measure.toNanos() / 1e9, errorCount.get());
        return new Run(latency, requests.get());
    }

    private static List<Long> awaitWorker(Future<List<Long>> worker, ProgressLine progress, Supplier<String> text) {
        while (true) {
            try {
                return worker.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.tick(text);
            } catch (ExecutionException e) {
                throw new PhaseFailure("[search] a client failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PhaseFailure("[search] interrupted", e);
            }
        }
    }

    /** Null for a 200, else what went wrong. */
    private static String send(HttpClient client, SearchTarget target, String query) {
        try {
            HttpResponse<String> response = client.send(target.request(query), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            String body = response.body();
            return response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
