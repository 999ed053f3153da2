package io.wenliu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code /q/metrics} (Prometheus text) of every service instance; an instance that does not answer is empty. */
final class MetricsScraper {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final List<ServiceEndpoint> services;

    MetricsScraper(HttpClient client, List<ServiceEndpoint> services) {
        this.client = client;
        this.services = services;
    }

    MetricsSnapshot scrape() {
        Map<String, List<PrometheusText.Sample>> byInstance = new LinkedHashMap<>();
        for (ServiceEndpoint service : services) {
            byInstance.put(service.instanceName(), scrape(service));
        }
        return new MetricsSnapshot(byInstance);
    }

    private List<PrometheusText.Sample> scrape(ServiceEndpoint service) {
        String url = service.url() + "/q/metrics";
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(TIMEOUT)
                            .header("Accept", "text/plain")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                return PrometheusText.parse(response.body());
            }
            Console.warn("GET " + url + " answered " + response.statusCode() + "; its figures print n/a");
        } catch (IOException e) {
            Console.warn("GET " + url + " failed (" + e.getMessage() + "); its figures print n/a");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhaseFailure("interrupted while reading " + url, e);
        }
        return List.of();
    }
}
