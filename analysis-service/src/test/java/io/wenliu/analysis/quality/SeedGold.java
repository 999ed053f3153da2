package io.wenliu.analysis.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.enrichment.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hand annotation of the seed articles (test resource {@code quality/seeds-gold.json}) and the seed texts. */
public final class SeedGold {
    /** One gold entity: accepted names (name + variants) and whether it is optional when scoring. */
    public record GoldEntity(EntityType type, String name, Set<String> accepted, boolean optional) {}

    /** One segment: its gold title, its raw text and its keywords. */
    public record Segment(
            String file,
            String lines,
            String title,
            String text,
            List<String> mustHave,
            Map<String, Set<String>> variants) {}

    /** One seed file: its segments and its gold entities. */
    public record SeedFile(String file, List<Segment> segments, List<GoldEntity> entities) {}

    private SeedGold() {}

    /** Loads the gold and the seed texts from {@code seedsDir}. */
    public static List<SeedFile> load(Path seedsDir) {
        try (InputStream in = SeedGold.class.getClassLoader().getResourceAsStream("quality/seeds-gold.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<SeedFile> files = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                files.add(file(e.getKey(), e.getValue(), seedsDir));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SeedFile file(String name, JsonNode node, Path seedsDir) throws IOException {
        List<String> lines = Files.readAllLines(seedsDir.resolve(name), StandardCharsets.UTF_8);
        List<Segment> segments = new ArrayList<>();
        Set<String> nested = new HashSet<>();
        for (JsonNode article : node.get("articles")) {
            String range = article.get("segment").get("lines").asText();
            String[] ab = range.split("-");
            StringBuilder sb = new StringBuilder();
            for (int i = Integer.parseInt(ab[0]); i <= Integer.parseInt(ab[1]) && i <= lines.size(); i++) {
                sb.append(lines.get(i - 1)).append('\n');
            }
            List<String> must = new ArrayList<>();
            article.get("must_have_keywords").forEach(k -> must.add(k.asText()));
            Map<String, Set<String>> variants = new java.util.HashMap<>();
            JsonNode kv = article.get("keyword_variants");
            if (kv != null) {
                kv.fields().forEachRemaining(v -> {
                    Set<String> s = new HashSet<>();
                    v.getValue().forEach(x -> s.add(x.asText()));
                    variants.put(v.getKey(), s);
                });
            }
            JsonNode title = article.get("title");
            segments.add(new Segment(
                    name,
                    range,
                    title == null || title.isNull() ? null : title.asText(),
                    sb.toString(),
                    must,
                    variants));
            JsonNode n = article.get("nested_only_places");
            if (n != null) {
                n.forEach(x -> nested.add(x.asText()));
            }
        }
        JsonNode entities = node.has("file_entities")
                ? node.get("file_entities")
                : node.get("articles").get(0).get("entities");
        List<GoldEntity> gold = new ArrayList<>();
        add(gold, entities.get("PER"), EntityType.PERSON);
        add(gold, entities.get("LOC"), EntityType.LOCATION);
        add(gold, entities.get("ORG"), EntityType.ORGANIZATION);
        for (String place : nested) {
            gold.add(new GoldEntity(EntityType.LOCATION, place, Set.of(place), true));
        }
        return new SeedFile(name, segments, gold);
    }

    private static void add(List<GoldEntity> gold, JsonNode list, EntityType type) {
        if (list == null) {
            return;
        }
        for (JsonNode e : list) {
            Set<String> accepted = new HashSet<>();
            accepted.add(e.get("name").asText());
            if (e.has("variants")) {
                e.get("variants").forEach(v -> accepted.add(v.asText()));
            }
            boolean doubtful = e.has("doubtful") && e.get("doubtful").asBoolean();
            gold.add(new GoldEntity(type, e.get("name").asText(), accepted, doubtful));
        }
    }
}
