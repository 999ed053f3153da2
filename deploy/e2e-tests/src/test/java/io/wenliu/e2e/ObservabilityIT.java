package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.SearchProbe;
import io.wenliu.stack.ServiceProcess;
import io.wenliu.stack.StackOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and alert rules in deploy/observability use only metrics the services export, once the seeds went
 * through and each service dead-lettered a poison record; the pipeline metrics report what happened.
 */
class ObservabilityIT {

    private static final Path OBSERVABILITY = ProjectRoot.find().resolve("deploy/observability");
    private static final Pattern METRIC = Pattern.compile("\\b((?:wenliu|kafka)_[a-z_]+)\\b");

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    @BeforeAll
    static void runSeedsAndPoison() throws Exception {
        stack = LocalStack.start(StackOptions.ephemeral(ProjectRoot.find(), dataDir));
        stack.dropSeedsAndAwaitSearchable();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", stack.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (String topic : new String[] {"articles.ingested", "articles.enriched", "articles.indexed"}) {
                producer.send(new ProducerRecord<>(topic, "poison-" + topic, "{ not json"))
                        .get();
            }
        }
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void deadLettersLedgerCountsAndEndToEndLatencyAreReported() {
        Awaitility.await("each service counted its dead letter, the ledger its articles")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, Double> samples = samples();
                    assertThat(samples.get("wenliu_analysis_dead_letters_total{reason=\"unreadable\"}"))
                            .isEqualTo(1.0);
                    assertThat(samples.get("wenliu_search_dead_letters_total{reason=\"unreadable\"}"))
                            .isEqualTo(1.0);
                    assertThat(
                                    samples.get(
                                            "wenliu_ingest_dead_letters_total{reason=\"unreadable\",topic=\"articles.indexed\"}"))
                            .isEqualTo(1.0);
                    assertThat(samples.get("wenliu_ingest_articles{status=\"INDEXED\"}"))
                            .isPositive();
                    assertThat(samples.get("wenliu_ingest_end_to_end_seconds_count"))
                            .isEqualTo(samples.get("wenliu_ingest_articles{status=\"INDEXED\"}"));
                });
    }

    @Test
    void dashboardAndAlertRulesUseOnlyMetricsTheServicesExport() throws Exception {
        JsonNode dashboard = new ObjectMapper()
                .readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
        JsonNode rules = new ObjectMapper(new YAMLFactory())
                .readTree(OBSERVABILITY.resolve("prometheus-alerts.yaml").toFile());
        Set<String> used = new TreeSet<>();
        dashboard
                .path("panels")
                .forEach(panel -> panel.path("targets")
                        .forEach(t -> used.addAll(names(t.path("expr").asText()))));
        Set<String> alerts = new TreeSet<>();
        rules.path("groups")
                .forEach(group -> group.path("rules").forEach(rule -> {
                    alerts.add(rule.path("alert").asText());
                    assertThat(rule.path("labels").path("severity").asText()).isIn("warning", "critical");
                    assertThat(rule.path("annotations").path("summary").asText())
                            .isNotBlank();
                    used.addAll(names(rule.path("expr").asText()));
                }));

        assertThat(alerts)
                .contains("WenliuIngestBacklogGrowing", "WenliuConsumerLag", "WenliuDeadLetters", "WenliuEndToEndSlow");
        assertThat(used).hasSizeGreaterThan(15);
        // the Kafka client's per-partition metrics are bound by Micrometer's periodic scan (every 60 s)
        Awaitility.await("every metric the dashboard and alerts use exported")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    Set<String> exported = new TreeSet<>();
                    samples().keySet().forEach(sample -> exported.add(sample.replaceAll("\\{.*", "")));
                    assertThat(exported).containsAll(used);
                });
    }

    @Test
    void oneTraceFollowsEachArticleFromIngestToIndexed() throws Exception {
        Map<String, Map<String, String>> traces = new HashMap<>();
        for (String topic : new String[] {"articles.ingested", "articles.enriched", "articles.indexed"}) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                    Map.of(
                            "bootstrap.servers",
                            stack.kafkaBootstrapServers(),
                            "group.id",
                            "trace-check-" + System.nanoTime(),
                            "auto.offset.reset",
                            "earliest"),
                    new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                Awaitility.await("every indexed article's record on " + topic)
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> {
                            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                                Header header = record.headers().lastHeader("traceparent");
                                if (header != null && record.key() != null) {
                                    traces.computeIfAbsent(record.key(), k -> new HashMap<>())
                                            .put(topic, new String(header.value(), StandardCharsets.US_ASCII));
                                }
                            }
                            return traces.values().stream()
                                            .filter(t -> t.containsKey(topic))
                                            .count()
                                    >= indexedArticles();
                        });
            }
        }
        List<Map<String, String>> complete =
                traces.values().stream().filter(t -> t.size() == 3).toList();
        assertThat(complete).hasSizeGreaterThanOrEqualTo((int) indexedArticles());
        assertThat(complete).allSatisfy(t -> {
            Set<String> traceIds = new TreeSet<>();
            Set<String> spanIds = new TreeSet<>();
            t.values().forEach(parent -> {
                assertThat(parent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
                traceIds.add(parent.split("-")[1]);
                spanIds.add(parent.split("-")[2]);
            });
            assertThat(traceIds).as("one trace id across the three topics").hasSize(1);
            assertThat(spanIds).as("each service's own span").hasSize(3);
        });
    }

    /** Articles the search API holds (the seeds'). */
    private static long indexedArticles() throws Exception {
        long total = SearchProbe.total(stack.searchUrl(), "");
        assertThat(total).isPositive();
        return total;
    }

    private static Set<String> names(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every sample of the three services' /q/metrics, by name and sorted labels (without the le bucket label). */
    private static Map<String, Double> samples() throws Exception {
        Map<String, Double> samples = new HashMap<>();
        for (ServiceProcess service : stack.services()) {
            Http.Response metrics = Http.get(service.url() + "/q/metrics");
            assertThat(metrics.status()).isEqualTo(200);
            for (String line : metrics.body().split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                String series = line.substring(0, space);
                samples.merge(labelsSorted(series), Double.parseDouble(line.substring(space + 1)), Double::sum);
            }
        }
        return samples;
    }

    private static String labelsSorted(String series) {
        int brace = series.indexOf('{');
        if (brace < 0) {
            return series;
        }
        Set<String> labels = new TreeSet<>();
        for (String label : series.substring(brace + 1, series.length() - 1).split(",(?=[a-z_]+=\")")) {
            if (!label.isBlank()) {
                labels.add(label);
            }
        }
        return series.substring(0, brace) + "{" + String.join(",", labels) + "}";
    }
}
