package io.wenliu.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The versioned index settings and mappings resource, and the character mapping it defines. */
@Singleton
public class IndexDefinition {

    /** Name of the char filter in the resource that maps traditional to simplified characters. */
    public static final String T2S_CHAR_FILTER = "t2s";

    private final String json;
    private final Map<Integer, Integer> traditionalToSimplified;

    /** The configured resource with the configured shard and replica counts. */
    @Inject
    public IndexDefinition(SearchConfig config) {
        this(withLayout(load(config.mappingResource()), config.indexShards(), config.indexReplicas()));
    }

    IndexDefinition(String json) {
        this.json = json;
        this.traditionalToSimplified = parseMappings(json);
    }

    /** Loads a definition from a classpath resource. */
    public static IndexDefinition fromResource(String resource) {
        return new IndexDefinition(load(resource));
    }

    /** The JSON body of a create-index request. */
    public String json() {
        return json;
    }

    /** Code point mappings from traditional to simplified characters, as applied by the index analyzers. */
    public Map<Integer, Integer> traditionalToSimplified() {
        return traditionalToSimplified;
    }

    /**
     * The definition with {@code number_of_shards} and {@code number_of_replicas} set: shards are fixed when an index
     * version is created (a reindex creates the next one), replicas can be changed on a live index as well.
     */
    static String withLayout(String json, int shards, int replicas) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(json);
            ObjectNode settings = root.has("settings") ? (ObjectNode) root.get("settings") : root.putObject("settings");
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", replicas);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("index definition resource not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Integer> parseMappings(String json) {
        try {
            JsonNode mappings = new ObjectMapper()
                    .readTree(json)
                    .path("settings")
                    .path("analysis")
                    .path("char_filter")
                    .path(T2S_CHAR_FILTER)
                    .path("mappings");
            Map<Integer, Integer> result = new HashMap<>();
            for (JsonNode rule : mappings) {
                String[] sides = rule.asText().split("=>");
                String from = sides[0].trim();
                String to = sides[1].trim();
                if (from.codePointCount(0, from.length()) == 1 && to.codePointCount(0, to.length()) == 1) {
                    result.put(from.codePointAt(0), to.codePointAt(0));
                }
            }
            return Map.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
