package io.wenliu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ServiceProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault run: streams generated articles into the drop folder while each component in turn is killed with SIGKILL
 * at a moment drawn from the seed (each only after the previous one served again) and restarted by the stack's
 * supervisor; then checks through the public APIs that every article is searchable exactly once, every document and
 * article of the run reached PROCESSED / INDEXED, and the dead-letter topics got the poison injected at the start and
 * nothing else; reports each fault's recovery time. Poison: a record that is not JSON on each input topic
 * ({@code articles.ingested}, {@code articles.enriched}, {@code articles.indexed}) and a binary file named .txt, which
 * must end in {@code failed/} with its reason while the stream goes on.
 */
final class ChaosRun {

    /** The components in the order the operator killed them. */
    static final List<String> ALL_FAULTS =
            List.of("analysis-service", "search-service", "Kafka", "ingest-service", "PostgreSQL", "OpenSearch");

    private static final List<String> DLQ_TOPICS =
            List.of("articles.ingested.dlq", "articles.enriched.dlq", "articles.status.dlq");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POISON_PREFIX = "poison-";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);

    /** One fault: what was killed, when (seconds into the stream) and how long until it served again. */
    record Fault(String component, double atSeconds, double recoverySeconds) {}

    /**
     * The dead letters the poison must cause, as "original topic key" per dead-letter topic: analysis dead-letters the
     * ingested one, search the enriched one, ingest's status listener both the enriched and the indexed one. A record
     * may be dead-lettered twice when its consumer dies before committing (at least once); nothing else may appear.
     */
    static Map<String, Set<String>> expectedDeadLetters(String run) {
        String key = " poison-" + run;
        return Map.of(
                "articles.ingested.dlq", Set.of("articles.ingested" + key),
                "articles.enriched.dlq", Set.of("articles.enriched" + key),
                "articles.status.dlq", Set.of("articles.enriched" + key, "articles.indexed" + key));
    }

    /** What the run found. */
    record ChaosReport(
            String run,
            long seed,
            int articles,
            List<Fault> faults,
            long searchable,
            Map<String, Long> dlqGrowth,
            Map<String, Set<String>> deadLetters,
            boolean poisonFileFailed) {

        /** Nothing lost or duplicated (checked while running), and the poison's dead letters and no others. */
        boolean passed() {
            return searchable == articles && poisonFileFailed && deadLetters.equals(expectedDeadLetters(run));
        }
    }

    private final LocalStack stack;
    private final int articles;
    private final double perSecond;
    private final List<String> faults;
    private final long seed;
    private final Duration timeout;
    private final Path workDir;
    private final HttpClient http = HttpClient.newHttpClient();

    ChaosRun(
            LocalStack stack,
            int articles,
            double perSecond,
            List<String> faults,
            long seed,
            Duration timeout,
            Path workDir) {
        this.stack = stack;
        this.articles = articles;
        this.perSecond = perSecond;
        this.faults = List.copyOf(faults);
        this.seed = seed;
        this.timeout = timeout;
        this.workDir = workDir;
    }

    ChaosReport execute() throws Exception {
        Random random = new Random(seed);
        String run = RunMarker.newRun(random);
        Console.progress(String.format(
                Locale.ROOT,
                "[chaos] seed %d, run %s: %d articles at %.1f/s, faults %s",
                seed,
                run,
                articles,
                perSecond,
                faults));
        Map<TopicPartition, Long> dlqBefore = dlqEnds();
        Corpus corpus = new GeneratedCorpus(new ArticleGenerator(
                SeedSentences.of(
                        SeedSentences.readSeedText(stack.options().projectRoot().resolve("seeds"))),
                2000,
                random));
        Dropper dropper = new Dropper(
                Dropper.stagingDirFor(
                        workDir.resolve("staging").resolve(run), stack.options().dropDir(), run),
                stack.options().dropDir());
        injectPoison(run);
        double streamSeconds = articles / perSecond;
        List<Double> moments = moments(random, streamSeconds);

        long start = System.nanoTime();
        AtomicInteger dropped = new AtomicInteger();
        AtomicReference<RuntimeException> dropFailure = new AtomicReference<>();
        Thread stream = new Thread(
                () -> {
                    long period = (long) (1e9 / perSecond);
                    for (int i = 0; i < articles; i++) {
                        Pause.untilNanos(start + i * period);
                        try {
                            dropper.drop(corpus.article(run, i));
                            dropped.incrementAndGet();
                        } catch (RuntimeException e) {
                            dropFailure.compareAndSet(null, e);
                            return;
                        }
                    }
                },
                "chaos-stream");
        stream.start();

        List<Fault> done = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            Pause.untilNanos(start + (long) (moments.get(i) * 1e9));
            done.add(inject(faults.get(i), Throughput.seconds(start, System.nanoTime())));
        }
        stream.join();
        if (dropFailure.get() != null) {
            throw new PhaseFailure(
                    "[chaos] dropping failed: " + dropFailure.get().getMessage(), dropFailure.get());
        }
        SearchCount count = new SearchCount(http, stack.searchUrl());
        new SearchableWait(count, timeout, "articles").await("chaos", run, articles, start);
        requireLedgerComplete(run);
        Map<TopicPartition, Long> dlqAfter = dlqEnds();
        Map<String, Long> growth = new LinkedHashMap<>();
        DLQ_TOPICS.forEach(topic -> growth.put(topic, 0L));
        dlqAfter.forEach((partition, end) ->
                growth.merge(partition.topic(), end - dlqBefore.getOrDefault(partition, 0L), Long::sum));
        return new ChaosReport(
                run,
                seed,
                articles,
                done,
                count.total(run),
                growth,
                deadLetters(dlqBefore, dlqAfter),
                poisonFileFailed(run));
    }

    private void injectPoison(String run) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (String topic : List.of("articles.ingested", "articles.enriched", "articles.indexed")) {
                producer.send(new ProducerRecord<>(topic, "poison-" + run, "not an event: " + run))
                        .get();
            }
        }
        Files.write(
                stack.options().dropDir().resolve(POISON_PREFIX + run + ".txt"),
                new byte[] {'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'y'});
        Console.progress("[chaos] poison: one record that is not JSON on each input topic, one binary .txt file");
    }

    /** The binary file sits in failed/ with the sidecar that says why. */
    private boolean poisonFileFailed(String run) {
        Path failed = stack.options().failedDir();
        return Files.exists(failed.resolve(POISON_PREFIX + run + ".txt"))
                && Files.exists(failed.resolve(POISON_PREFIX + run + ".txt.error.json"));
    }

    /** One moment per fault, each drawn within its own share of the stream so the faults spread over it. */
    private List<Double> moments(Random random, double streamSeconds) {
        List<Double> moments = new ArrayList<>();
        double slot = streamSeconds / Math.max(1, faults.size());
        for (int i = 0; i < faults.size(); i++) {
            moments.add(slot * (i + 0.2 + 0.6 * random.nextDouble()));
        }
        return moments;
    }

    private Fault inject(String component, double atSeconds) {
        int before = stack.restarts().getOrDefault(component, 0);
        Console.progress(String.format(Locale.ROOT, "[chaos] %.1f s: kill -9 %s", atSeconds, component));
        long killed = System.nanoTime();
        stack.kill(component);
        long deadline = killed + RECOVERY_TIMEOUT.toNanos();
        while (!(stack.restarts().getOrDefault(component, 0) > before && serves(component))) {
            if (System.nanoTime() > deadline) {
                throw new PhaseFailure("[chaos] " + component + " did not come back within " + RECOVERY_TIMEOUT);
            }
            Pause.millis(250);
        }
        double recovery = Throughput.seconds(killed, System.nanoTime());
        Console.progress(String.format(Locale.ROOT, "[chaos] %s serves again after %.1f s", component, recovery));
        return new Fault(component, atSeconds, recovery);
    }

    /** A server serves once restarted (its start waits for it); a service once it answers ready. */
    private boolean serves(String component) {
        return stack.services().stream()
                .filter(service -> service.instanceName().equals(component))
                .findFirst()
                .map(ChaosRun::ready)
                .orElse(true);
    }

    private static boolean ready(ServiceProcess service) {
        try {
            return Http.get(service.url() + "/q/health/ready").status() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Every document of the run PROCESSED with every article INDEXED, as the ingest ledger shows them. */
    private void requireLedgerComplete(String run) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String problem;
        do {
            problem = ledgerProblem(run);
            if (problem == null) {
                return;
            }
            Pause.millis(1000);
        } while (System.nanoTime() < deadline);
        throw new PhaseFailure("[chaos] ledger incomplete: " + problem);
    }

    private String ledgerProblem(String run) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(Http.get(stack.ingestUrl() + "/api/documents?size=200&page=" + page)
                    .body());
            for (JsonNode item : list.path("items")) {
                if (item.path("sourceFile").asText().startsWith(run)) {
                    if (!item.path("status").asText().equals("PROCESSED")) {
                        return item.path("sourceFile").asText() + " is "
                                + item.path("status").asText();
                    }
                    ids.add(item.path("id").asText());
                }
            }
            if (list.path("items").size() < 200) {
                break;
            }
        }
        if (ids.size() != articles) {
            return ids.size() + " documents of " + articles + " in the ledger";
        }
        for (String id : ids) {
            JsonNode document = JSON.readTree(
                    Http.get(stack.ingestUrl() + "/api/documents/" + id).body());
            for (JsonNode article : document.path("articles")) {
                if (!article.path("status").asText().equals("INDEXED")) {
                    return "document " + id + " has an article "
                            + article.path("status").asText();
                }
            }
        }
        return null;
    }

    /** The end offset of every partition of the dead-letter topics (none for a topic that does not exist). */
    private Map<TopicPartition, Long> dlqEnds() throws Exception {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
            Set<String> existing = admin.listTopics().names().get();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (String topic : DLQ_TOPICS) {
                if (existing.contains(topic)) {
                    admin.describeTopics(List.of(topic))
                            .allTopicNames()
                            .get()
                            .get(topic)
                            .partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
            }
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        return ends;
    }

    /** The records written to the dead-letter topics between the two offsets, as "original topic key" per topic. */
    private Map<String, Set<String>> deadLetters(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        DLQ_TOPICS.forEach(topic -> found.put(topic, new TreeSet<>()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>(after.keySet());
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, before.getOrDefault(p, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < after.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < after.get(new TopicPartition(record.topic(), record.partition()))) {
                        Header original = record.headers().lastHeader("dlq-original-topic");
                        String origin = original == null ? "?" : new String(original.value(), StandardCharsets.UTF_8);
                        found.get(record.topic()).add(origin + " " + record.key());
                    }
                }
            }
        }
        return found;
    }
}
