package io.wenliu.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.index.IndexManager;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.GetResponse;

/** Fetches one whole article (text, enrichment, provenance) by id. */
@Singleton
public class ArticleLookup {

    private static final List<String> INTERNAL_FIELDS =
            List.of("titleWords", "bodyWords", "suggestTitles", "suggestEntities", "suggestKeywords");

    private final OpenSearchClient client;
    private final IndexManager indices;

    public ArticleLookup(OpenSearchClient client, IndexManager indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The article's stored document without the internal search fields, if it exists. */
    public Optional<ObjectNode> find(String id) throws IOException {
        GetResponse<JsonNode> response =
                client.get(g -> g.index(indices.alias()).id(id).sourceExcludes(INTERNAL_FIELDS), JsonNode.class);
        if (!response.found() || response.source() == null || !response.source().isObject()) {
            return Optional.empty();
        }
        ObjectNode article = (ObjectNode) response.source();
        article.put("id", response.id());
        article.put("index", response.index());
        return Optional.of(article);
    }
}
