package io.wenliu.analysis.bench;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrichment speed on a 10 KB (UTF-8) seed article, single thread. Characters per second = ops/s x
 * {@link #characters}. Not part of the test build: run it as the module README describes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EnrichmentBenchmark {
    private static final int BYTES = 10 * 1024;

    private TextAnalyzer analyzer;
    private String article;

    /** Length of the benchmarked article in characters. */
    public int characters;

    @Setup
    public void setUp() {
        analyzer = TextAnalyzer.standard();
        article =
                tenKilobytes(Path.of(System.getProperty("wenliu.bench.article", "../seeds/002_c2a65b4d6f57a7a3.txt")));
        characters = article.length();
        analyzer.analyze(null, article, DocumentFrequencies.EMPTY);
    }

    @Benchmark
    public Enrichment enrichTenKilobyteArticle() {
        return analyzer.analyze(null, article, DocumentFrequencies.EMPTY);
    }

    private static String tenKilobytes(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < text.length() && bytes < BYTES; i++) {
                char c = text.charAt(i);
                bytes += String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
                sb.append(c);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
