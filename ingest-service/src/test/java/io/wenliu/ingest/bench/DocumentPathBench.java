package io.wenliu.ingest.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.article.Seeds;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.support.DropFiles;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jdk.jfr.Recording;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CPU per dropped document of ingest-service against real Kafka and PostgreSQL: drops generated one-article files
 * (after a warm-up) round after round, waits until they are moved and their events sent, and reports the CPU of each
 * thread group, of the process and of PostgreSQL per document; then profiles the document workers with JFR over two
 * more rounds (the first one only lets the JIT recover from the start of the recording). Not part of the test run:
 * {@code ./mvnw -B -pl ingest-service test -Dtest=DocumentPathBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dwenliu.bench.documents=300 -DargLine=-XX:FlightRecorderOptions:stackdepth=256}; options {@code
 * wenliu.bench.warmup} (300), {@code wenliu.bench.rounds} (3), {@code wenliu.bench.chars} (2000), {@code
 * wenliu.bench.jfr} (true). Writes target/bench/document-path-*.txt and .jfr.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "wenliu.bench.documents", matches = "\\d+")
class DocumentPathBench {

    private static final Logger LOG = Logger.getLogger(DocumentPathBench.class);

    @Inject
    DropFolders folders;

    @Test
    void cpuPerDroppedDocument() throws Exception {
        int documents = Integer.getInteger("wenliu.bench.documents");
        int warmup = Integer.getInteger("wenliu.bench.warmup", 300);
        int rounds = Integer.getInteger("wenliu.bench.rounds", 3);
        int chars = Integer.getInteger("wenliu.bench.chars", 2000);
        boolean jfr = Boolean.parseBoolean(System.getProperty("wenliu.bench.jfr", "true"));
        BenchArticles articles = new BenchArticles(Seeds.projectRoot().resolve("seeds"), chars, 7);
        long postmaster = PostgresCpu.postmasterOf(backendPid());

        String reference = articles.next();
        ReferenceWork.millis(reference);
        run("warm", articles, warmup);
        StringBuilder report = new StringBuilder(String.format(
                "%d rounds of %d documents of ~%d chars after %d warm-up documents; CPU ms per document%n",
                rounds, documents, chars, warmup));
        for (int round = 1; round <= rounds; round++) {
            report.append("-- round ").append(round).append('\n');
            measure(articles, documents, postmaster, reference, report);
        }
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        String stamp = LocalDateTime.now().toString().replace(':', '-');
        if (jfr) {
            Path file = dir.resolve("document-path-" + stamp + ".jfr");
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
                recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
                recording.start();
                // Starting a recording can throw compiled code away: a first round lets the JIT catch up.
                run("settle", articles, documents);
                Instant profiled = Instant.now();
                run("profile", articles, documents);
                recording.stop();
                recording.dump(file);
                report.append("-- ingest-worker profile of the last ")
                        .append(documents)
                        .append(" of ")
                        .append(2 * documents)
                        .append(" more documents (")
                        .append(file)
                        .append("): ");
                report.append(JfrHotspots.read(file, "ingest-worker", profiled).report(70));
            }
        }
        Files.writeString(dir.resolve("document-path-" + stamp + ".txt"), report);
        LOG.info("\n" + report);
    }

    /** One measured round: CPU per document of the busiest thread groups, of the whole JVM and of PostgreSQL. */
    private void measure(BenchArticles articles, int documents, long postmaster, String reference, StringBuilder report)
            throws IOException {
        Map<String, Long> cpuBefore = ThreadCpu.byGroup(false);
        Map<String, Long> userBefore = ThreadCpu.byGroup(true);
        Map<String, Long> allocatedBefore = ThreadCpu.allocatedByGroup();
        long processBefore = ThreadCpu.process();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gcBefore = gcMillis();
        long postgresBefore = PostgresCpu.nanos(postmaster);
        run("measure", articles, documents);
        long processCpu = ThreadCpu.process() - processBefore;
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        long gcMillis = gcMillis() - gcBefore;
        long postgresCpu = PostgresCpu.nanos(postmaster) - postgresBefore;
        Map<String, Long> cpu = ThreadCpu.byGroup(false);
        Map<String, Long> user = ThreadCpu.byGroup(true);
        Map<String, Long> allocated = ThreadCpu.allocatedByGroup();
        long threadsCpu = 0;
        for (Map.Entry<String, Long> e : cpu.entrySet()) {
            threadsCpu += e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
        }
        cpu.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= documents * 50_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> report.append(String.format(
                        "%8.2f  %s (user %.2f, allocated %.0f KB)%n",
                        e.getValue() / 1e6 / documents,
                        e.getKey(),
                        (user.getOrDefault(e.getKey(), 0L) - userBefore.getOrDefault(e.getKey(), 0L)) / 1e6 / documents,
                        (allocated.getOrDefault(e.getKey(), 0L) - allocatedBefore.getOrDefault(e.getKey(), 0L))
                                / 1024.0
                                / documents)));
        report.append(String.format(
                "%8.2f  all Java threads%n%8.2f  JIT, GC and other VM threads (compiling %.2f, GC pauses %.2f ms wall)%n",
                threadsCpu / 1e6 / documents,
                (processCpu - threadsCpu) / 1e6 / documents,
                (double) jitMillis / documents,
                (double) gcMillis / documents));
        report.append(String.format("%8.2f  whole ingest JVM%n", processCpu / 1e6 / documents));
        report.append(String.format("%8.2f  PostgreSQL server%n", postgresCpu / 1e6 / documents));
        report.append(
                String.format("%8.2f  reference workload, ms (machine speed)%n", ReferenceWork.millis(reference)));
    }

    /** Drops {@code count} generated articles and waits until every one is moved and every event sent. */
    private void run(String phase, BenchArticles articles, int count) throws IOException {
        String prefix = "bench-" + phase + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(articles.next());
        }
        for (int i = 0; i < count; i++) {
            DropFiles.drop(folders.drop(), prefix + i + ".txt", texts.get(i));
        }
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> finished(prefix) == count && unsentEvents() == 0);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static long finished(String prefix) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DocumentEntity.count("sourceFile like ?1 and finalName is not null", prefix + "%"));
    }

    private static long unsentEvents() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) DocumentEntity.getEntityManager()
                                .createNativeQuery("select count(*) from outbox_event where sent_at is null")
                                .getSingleResult())
                        .longValue());
    }

    private static long backendPid() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) DocumentEntity.getEntityManager()
                                .createNativeQuery("select pg_backend_pid()")
                                .getSingleResult())
                        .longValue());
    }
}
