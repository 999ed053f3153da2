package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A new index version gets the configured shard and replica counts and keeps the analysis and mappings. */
class IndexDefinitionTest {

    @Test
    void shardsAndReplicasAreTheConfiguredOnes() throws Exception {
        String shipped =
                IndexDefinition.fromResource("opensearch/articles-v1.json").json();

        JsonNode cluster = new ObjectMapper().readTree(IndexDefinition.withLayout(shipped, 3, 2));

        assertThat(cluster.at("/settings/number_of_shards").asInt()).isEqualTo(3);
        assertThat(cluster.at("/settings/number_of_replicas").asInt()).isEqualTo(2);
        assertThat(cluster.at("/settings/analysis/char_filter/t2s/mappings").size())
                .isGreaterThan(1000);
        assertThat(cluster.at("/mappings/properties/body/analyzer").asText()).isEqualTo("zh_chars");
    }
}
