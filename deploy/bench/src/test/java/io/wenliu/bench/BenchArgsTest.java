package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchArgsTest {

    @Test
    void defaultsAreTheFullSizeBenchmark() {
        BenchOptions options = BenchArgs.parse(List.of());

        assertThat(options.articles()).isEqualTo(2000);
        assertThat(options.chars()).isEqualTo(2000);
        assertThat(options.uploadArticles()).isEqualTo(2000);
        assertThat(options.uploadClients()).isEqualTo(4);
        assertThat(options.freshnessSamples()).isEqualTo(20);
        assertThat(options.loadRate()).isNull();
        assertThat(options.searchIndexSize()).isEqualTo(20000);
        assertThat(options.searchSeconds()).isEqualTo(20);
        assertThat(options.searchClients()).containsExactly(16, 32);
        assertThat(options.instances()).isEqualTo(1);
        assertThat(options.timeoutSeconds()).isEqualTo(900);
        assertThat(options.warmupArticles()).isEqualTo(100);
        assertThat(options.searchWarmup()).hasSeconds(3);
        assertThat(options.skip()).isEmpty();
        assertThat(options.ownStack()).isFalse();
        assertThat(options.namesAStack()).isFalse();
        assertThat(options.corpus()).isNull();
    }

    @Test
    void uploadArticlesFollowArticlesUnlessGiven() {
        assertThat(BenchArgs.parse(List.of("--articles", "500")).uploadArticles())
                .isEqualTo(500);
        assertThat(BenchArgs.parse(List.of("--articles=500", "--upload-articles=70"))
                        .uploadArticles())
                .isEqualTo(70);
    }

    @Test
    void smokeIsAPresetThatExplicitOptionsOverrideInAnyOrder() {
        BenchOptions smoke = BenchArgs.parse(List.of("--smoke"));
        assertThat(smoke.articles()).isEqualTo(30);
        assertThat(smoke.uploadArticles()).isEqualTo(20);
        assertThat(smoke.freshnessSamples()).isEqualTo(5);
        assertThat(smoke.searchIndexSize()).isZero();
        assertThat(smoke.searchSeconds()).isEqualTo(3);
        assertThat(smoke.searchClients()).containsExactly(4);
        assertThat(smoke.warmupArticles()).isEqualTo(10);
        assertThat(smoke.searchWarmup()).hasSeconds(1);
        assertThat(smoke.searchQueries()).isEqualTo(SearchQueries.DISTINCT);

        BenchOptions overridden = BenchArgs.parse(List.of("--search-clients", "2,8", "--smoke", "--articles", "40"));
        assertThat(overridden.searchClients()).containsExactly(2, 8);
        assertThat(overridden.articles()).isEqualTo(40);
        assertThat(overridden.uploadArticles()).isEqualTo(20);
    }

    @Test
    void theBackgroundLoadRateIsAPositiveNumberOfArticlesPerSecond() {
        assertThat(BenchArgs.parse(List.of("--load-rate", "25")).loadRate()).isEqualTo(25.0);
        assertThat(BenchArgs.parse(List.of("--load-rate=2.5")).loadRate()).isEqualTo(2.5);
        for (String bad : List.of("0", "-3", "fast", "NaN", "Infinity")) {
            assertThatThrownBy(() -> BenchArgs.parse(List.of("--load-rate", bad)))
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("--load-rate needs a number > 0");
        }
    }

    @Test
    void searchQueriesAreCycledTermsUnlessDistinctPairsAreAskedFor() {
        assertThat(BenchArgs.parse(List.of()).searchQueries()).isEqualTo(SearchQueries.REPEATED);
        assertThat(BenchArgs.parse(List.of("--search-queries", "distinct")).searchQueries())
                .isEqualTo(SearchQueries.DISTINCT);
        assertThat(BenchArgs.parse(List.of("--smoke", "--search-queries=repeated"))
                        .searchQueries())
                .isEqualTo(SearchQueries.REPEATED);
    }

    @Test
    void readsSkipStackEndpointsAndFlags() {
        BenchOptions options = BenchArgs.parse(List.of(
                "--skip",
                "raw,search",
                "--ingest-url",
                "http://127.0.0.1:1/",
                "--opensearch-url=http://h:9",
                "--ingest-api-key",
                "secret",
                "--own-stack",
                "--instances",
                "2",
                "--run-id",
                "20260101-120000"));

        assertThat(options.skip()).containsExactlyInAnyOrder(Phase.RAW, Phase.SEARCH);
        assertThat(options.runs(Phase.BURST)).isTrue();
        assertThat(options.runs(Phase.RAW)).isFalse();
        assertThat(options.ingestUrl()).isEqualTo("http://127.0.0.1:1");
        assertThat(options.openSearchUrl()).isEqualTo("http://h:9");
        assertThat(options.namesAStack()).isTrue();
        assertThat(options.ingestApiKey()).isEqualTo("secret");
        assertThat(options.ownStack()).isTrue();
        assertThat(options.instances()).isEqualTo(2);
        assertThat(options.runId()).isEqualTo("20260101-120000");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--articles 0|--articles needs a whole number >= 1",
                "--articles ten|--articles needs a whole number >= 1, got 'ten'",
                "--instances 0|--instances needs a whole number >= 1",
                "--search-clients 4,x|--search-clients needs a whole number >= 1",
                "--search-index-size -1|--search-index-size needs a whole number >= 0",
                "--skip warmup,lunch|unknown phase 'lunch'",
                "--frobnicate|unknown option --frobnicate",
                "--articles|--articles needs a value",
                "--search-url localhost:8083|--search-url needs an http:// or https:// URL",
                "--corpus /no/such/dir|is not a directory",
                "--run-id yesterday|--run-id needs the form yyyyMMdd-HHmmss",
                "--search-queries often|--search-queries needs repeated or distinct, got 'often'"
            })
    void badOptionsAreUsageErrors(String commandLine, String message) {
        assertThatThrownBy(() -> BenchArgs.parse(List.of(commandLine.split(" "))))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }

    @Test
    void helpIsRecognisedBeforeParsing() {
        assertThat(BenchArgs.wantsHelp(List.of("--articles", "x", "--help"))).isTrue();
        assertThat(BenchArgs.wantsHelp(List.of("--smoke"))).isFalse();
        assertThat(BenchArgs.USAGE)
                .contains("--search-index-size", "--skip", "--own-stack", "--instances", "--search-queries");
    }
}
