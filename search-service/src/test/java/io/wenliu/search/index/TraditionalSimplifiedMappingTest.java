package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed t2s mapping in articles-v1.json differs from ICU4J's; run with
 * {@code -Dwenliu.regenerate-t2s=true} to rewrite the resource.
 */
class TraditionalSimplifiedMappingTest {

    private static final Path RESOURCE = Path.of("src/main/resources/opensearch/articles-v1.json");

    @Test
    void committedMappingMatchesIcu() throws IOException {
        String json = Files.readString(RESOURCE, StandardCharsets.UTF_8);
        List<String> rules = TraditionalSimplifiedMapping.rules();
        String expected = TraditionalSimplifiedMapping.rewrite(json, rules);
        if (Boolean.getBoolean("wenliu.regenerate-t2s") && !expected.equals(json)) {
            Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
            json = expected;
        }
        assertThat(json)
                .as("articles-v1.json t2s mappings are stale: rerun with -Dwenliu.regenerate-t2s=true")
                .isEqualTo(expected);
        assertThat(rules).contains("復 => 复", "產 => 产", "黨 => 党", "鬥 => 斗");
    }

    @Test
    void definitionExposesTheSameMappingAsCodePoints() {
        IndexDefinition definition = IndexDefinition.fromResource("opensearch/articles-v1.json");
        assertThat(definition.traditionalToSimplified()).containsEntry((int) '復', (int) '复');
        assertThat(definition.traditionalToSimplified())
                .hasSize(TraditionalSimplifiedMapping.rules().size());
    }
}
