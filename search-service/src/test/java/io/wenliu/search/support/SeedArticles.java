package io.wenliu.search.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed files as ArticleEnriched events, with a crude stand-in for ingest (title = first line, wrapped lines
 * joined) and analysis (known person names found by substring).
 */
public final class SeedArticles {

    /** Source value that marks seed articles, so quality checks can filter out other tests' documents. */
    public static final String SOURCE = "种子测试";

    private static final Path SEEDS = Path.of("../seeds");
    private static final List<String> KNOWN_PERSONS = List.of("习近平", "邱海波", "王鹏", "江琳", "柏长岭", "李海峰", "谭德塞");
    private static final List<String> KNOWN_KEYWORDS = List.of("疫情防控", "复工复产", "党旗");

    private SeedArticles() {}

    /** One seed file as an article. */
    public record Seed(String articleId, String fileName, String title, String body) {}

    /** All seed files, article ids {@code seed-000} … */
    public static List<Seed> all() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Seed> seeds = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(read(file));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event for a seed. */
    public static String event(Seed seed, long version) {
        List<String> persons =
                KNOWN_PERSONS.stream().filter(seed.body()::contains).toList();
        List<String> keywords =
                KNOWN_KEYWORDS.stream().filter(seed.body()::contains).toList();
        return EnrichedEvents.enriched(
                seed.articleId(), version, seed.title(), seed.body(), SOURCE, "2020-03-12", persons, keywords);
    }

    private static Seed read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (title == null) {
                title = line.strip();
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && body.length() > 0) {
                body.append('\n');
            }
            body.append(line.strip());
        }
        String name = file.getFileName().toString();
        return new Seed("seed-" + name.substring(0, 3), name, title, body.toString());
    }
}
