package io.wenliu.search.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.search.index.Fields;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.query.InvalidQueryException;
import io.wenliu.search.query.SearchParams;
import io.wenliu.search.query.SearchResult;
import io.wenliu.search.query.SearchService;
import io.wenliu.search.text.EntityNames;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Builds an entity's page from the index: its articles, timeline and co-occurring entities come from one search
 * filtered on the entity (terms and date-histogram aggregations computed by OpenSearch over the whole archive), its
 * written forms from the stored enrichment of the articles that mention it.
 */
@Singleton
public class EntityService {

    /** The entity types: path name (as the search filters name them), facet and keyword field, name type. */
    private enum Kind {
        PERSON("person", "persons", Fields.PERSONS, EntityNames.Type.PERSON),
        PLACE("place", "places", Fields.PLACES, EntityNames.Type.LOCATION),
        ORGANIZATION("organization", "organizations", Fields.ORGANIZATIONS, EntityNames.Type.ORGANIZATION);

        final String path;
        final String facet;
        final String field;
        final EntityNames.Type names;

        Kind(String path, String facet, String field, EntityNames.Type names) {
            this.path = path;
            this.facet = facet;
            this.field = field;
            this.names = names;
        }

        static Optional<Kind> of(String path) {
            return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
        }
    }

    private static final int LATEST = 10;

    /** Articles whose stored enrichment is read for the written forms. */
    private static final int FORMS_FROM = 100;

    private final SearchService search;
    private final OpenSearchClient client;
    private final IndexManager indices;

    public EntityService(SearchService search, OpenSearchClient client, IndexManager indices) {
        this.search = search;
        this.client = client;
        this.indices = indices;
    }

    /** The page of the entity, or empty when no article mentions it. */
    public Optional<EntityPage> page(String type, String written) throws IOException {
        Kind kind = Kind.of(type)
                .orElseThrow(() -> new InvalidQueryException(
                        "type", "type must be person, place or organization, not '" + type + "'"));
        if (written == null || written.isBlank()) {
            throw new InvalidQueryException("name", "name must not be blank");
        }
        String name = EntityNames.standard().canonical(kind.names, written);
        List<String> one = List.of(name);
        SearchParams params = SearchParams.of(
                null,
                kind == Kind.PERSON ? one : List.of(),
                kind == Kind.PLACE ? one : List.of(),
                kind == Kind.ORGANIZATION ? one : List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "date",
                1,
                LATEST);
        SearchResult result = search.search(params);
        if (result.total() == 0) {
            return Optional.empty();
        }
        Map<String, List<SearchResult.FacetValue>> related = new LinkedHashMap<>();
        for (Kind facet : Kind.values()) {
            List<SearchResult.FacetValue> values = result.facets().getOrDefault(facet.facet, List.of());
            related.put(
                    facet.facet,
                    facet == kind
                            ? values.stream()
                                    .filter(v -> !v.value().equals(name))
                                    .toList()
                            : values);
        }
        return Optional.of(new EntityPage(
                type, name, result.total(), result.timeline(), related, forms(kind, name), result.hits()));
    }

    /** The forms the entity is written in across the articles that mention it, most recent articles first. */
    private List<String> forms(Kind kind, String name) throws IOException {
        var response = client.search(
                s -> s.index(indices.alias())
                        .size(FORMS_FROM)
                        .query(q -> q.term(t -> t.field(kind.field).value(FieldValue.of(name))))
                        .source(src ->
                                src.filter(f -> f.includes("enrichment.entities.text", "enrichment.entities.type"))),
                JsonNode.class);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        for (Hit<JsonNode> hit : response.hits().hits()) {
            if (hit.source() == null) {
                continue;
            }
            for (JsonNode entity : hit.source().path("enrichment").path("entities")) {
                String text = entity.path("text").asText("");
                if (kind.names.name().equals(entity.path("type").asText())
                        && !text.isBlank()
                        && EntityNames.standard().canonical(kind.names, text).equals(name)) {
                    forms.add(text.strip());
                }
            }
        }
        return new ArrayList<>(forms);
    }
}
