package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.StackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/bench.sh --smoke} programmatically against a real local stack on free ports. */
class BenchSmokeIT {

    @TempDir
    static Path tempDir;

    private static LocalStack stack;
    private static BenchReport report;
    private static Path resultsDir;

    @BeforeAll
    static void runTheSmokeBenchmark() {
        stack = LocalStack.start(StackOptions.ephemeral(ProjectRoot.find(), tempDir.resolve("stack")));
        resultsDir = tempDir.resolve("results");
        report = Bench.run(BenchOptions.smokeDefaults(), stack, resultsDir);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyPhaseRanWithoutFailures() {
        assertThat(report.failures()).as("failures").isEmpty();
        assertThat(report.warmupSeconds()).as("warm-up seconds").isPositive();
        assertThat(report.burst()).as("burst").isNotNull();
        assertThat(report.raw()).as("raw").isNotNull();
        assertThat(report.upload()).as("upload").isNotNull();
        assertThat(report.freshness()).as("freshness").isNotNull();
        assertThat(report.load()).as("load").isNotNull();
        assertThat(report.fill()).as("fill").isNotNull();
        assertThat(report.search()).as("search").isNotNull();
        assertThat(report.stages()).containsOnlyKeys("burst", "upload", "load");
        assertThat(report.workSplit()).as("work split").isNotNull();
    }

    @Test
    void theCpuOfEveryProcessOfTheStackIsCountedPerArticle() {
        assertThat(report.cpu()).containsOnlyKeys("burst", "upload", "load");
        CpuUse burst = report.cpu().get("burst");
        assertThat(burst.processes())
                .extracting(CpuUse.Share::process)
                .contains("OpenSearch", "Kafka", "PostgreSQL")
                .anyMatch(name -> name.startsWith("ingest-service"))
                .anyMatch(name -> name.startsWith("analysis-service"))
                .anyMatch(name -> name.startsWith("search-service"));
        assertThat(burst.processes()).allMatch(share -> share.seconds() >= 0);
        assertThat(burst.totalMsPerArticle()).isPositive();
        assertThat(burst.ceilingPerSecond()).isPositive();
        assertThat(burst.benchmark()).isNotNull();
    }

    @Test
    void nothingSentWasLost() {
        assertThat(report.burst().count()).isEqualTo(30);
        assertThat(report.raw().count()).isEqualTo(30);
        assertThat(report.upload().sent()).isEqualTo(20);
        assertThat(report.upload().accepted()).isEqualTo(20);
        assertThat(report.upload().throughput().count()).isEqualTo(20);
        assertThat(report.upload().requests().p95Ms()).isPositive();
        assertThat(report.load().backgroundCount()).isNotNull();
        assertThat(report.workSplit().check()).isIn("ok", "n/a");
    }

    @Test
    void theHeadlineRatioAndTheFreshnessPercentilesArePositive() {
        assertThat(report.headline().ratio()).isPositive();
        assertThat(report.headline().uploadRatio()).isPositive();
        assertThat(report.burst().charsPerSecond()).isPositive();
        for (FreshnessResult freshness : new FreshnessResult[] {report.freshness(), report.load()}) {
            LatencyStats latency = freshness.latency();
            assertThat(latency.count()).isEqualTo(5);
            assertThat(latency.p50Ms()).isPositive();
            assertThat(latency.p95Ms()).isGreaterThanOrEqualTo(latency.p50Ms());
            assertThat(latency.p99Ms()).isGreaterThanOrEqualTo(latency.p95Ms());
            assertThat(latency.maxMs()).isGreaterThanOrEqualTo(latency.p99Ms());
        }
    }

    @Test
    void searchLatenciesWereRecordedForTheServiceAndOpenSearchWithoutErrors() {
        assertThat(report.search().levels()).hasSize(1);
        SearchLevel level = report.search().levels().get(0);
        assertThat(level.clients()).isEqualTo(4);
        for (LatencyStats latency : new LatencyStats[] {level.openSearch(), level.service()}) {
            assertThat(latency.count()).isPositive();
            assertThat(latency.errors()).isZero();
            assertThat(latency.p50Ms()).isPositive();
        }
        assertThat(level.p50Ratio()).isPositive();
        for (CpuUse cpu : new CpuUse[] {level.openSearchCpu(), level.serviceCpu()}) {
            assertThat(cpu.processes()).extracting(CpuUse.Share::process).contains("OpenSearch");
            assertThat(cpu.totalMsPerArticle()).isPositive();
        }
        double searchService = level.serviceCpu().processes().stream()
                .filter(share -> share.process().startsWith("search-service"))
                .mapToDouble(CpuUse.Share::msPerArticle)
                .sum();
        assertThat(searchService).as("search-service CPU per query").isPositive();
        assertThat(report.search().indexSize()).isGreaterThanOrEqualTo(30 + 20);
        assertThat(report.search().queries()).isEqualTo(SearchQueries.DISTINCT);
        int pool = SearchTerms.PAIR_FOUR_CHAR_TERMS + SearchTerms.PAIR_TWO_CHAR_TERMS;
        assertThat(report.search().terms()).isEqualTo(pool * (pool - 1));
    }

    @Test
    void residentMemoryAndStartupTimeOfEveryService() {
        assertThat(report.services())
                .extracting(MemoryFigure::instance)
                .containsExactly("ingest-service", "analysis-service", "search-service");
        assertThat(report.services()).allSatisfy(figure -> {
            assertThat(figure.residentMb())
                    .as("resident MB of %s", figure.instance())
                    .isPositive();
            assertThat(figure.startupSeconds())
                    .as("start-up of %s", figure.instance())
                    .isPositive();
        });
    }

    @Test
    void theResultsWereWrittenAsJson() throws Exception {
        Path file = resultsDir.resolve(report.runId() + ".json");
        Awaitility.await("results file " + file)
                .atMost(Duration.ofSeconds(5))
                .until(() -> Files.isRegularFile(file) && Files.isRegularFile(resultsDir.resolve("latest.json")));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("headline").path("ratio").asDouble()).isPositive();
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(json.path("options").path("smoke").asBoolean()).isTrue();
        assertThat(Files.readString(resultsDir.resolve("latest.json"))).isEqualTo(Files.readString(file));
    }
}
