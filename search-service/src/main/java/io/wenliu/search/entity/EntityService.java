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

    /** Path names of the entity types, as the search filters name them. */
    static final Map<String, EntityNames.Type> TYPES = Map.of(
            "person",
            EntityNames.Type.PERSON,
            "place",
            EntityNames.Type.LOCATION,
            "organization",
            EntityNames.Type.ORGANIZATION);

    /** Facet name of each type in search results. */
    private static final Map<String, String> FACET =
            Map.of("person", "persons", "place", "places", "organization", "organizations");

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
        EntityNames.Type kind = TYPES.get(type);
        if (kind == null) {
            throw new InvalidQueryException("type", "type must be person, place or organization, not '" + type + "'");
        }
        if (written == null || written.isBlank()) {
            throw new InvalidQueryException("name", "name must not be blank");
        }
        String name = EntityNames.standard().canonical(kind, written);
        List<String> one = List.of(name);
        SearchParams params = SearchParams.of(
                null,
                "person".equals(type) ? one : List.of(),
                "place".equals(type) ? one : List.of(),
                "organization".equals(type) ? one : List.of(),
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
        for (String facet : List.of("persons", "places", "organizations")) {
            List<SearchResult.FacetValue> values = result.facets().getOrDefault(facet, List.of());
            related.put(
                    facet,
                    facet.equals(FACET.get(type))
                            ? values.stream()
                                    .filter(v -> !v.value().equals(name))
                                    .toList()
                            : values);
        }
        return Optional.of(new EntityPage(
                type, name, result.total(), result.timeline(), related, forms(kind, name), result.hits()));
    }

    /** The forms the entity is written in across the articles that mention it, most recent articles first. */
    private List<String> forms(EntityNames.Type kind, String name) throws IOException {
        String field = switch (kind) {
            case PERSON -> Fields.PERSONS;
            case LOCATION -> Fields.PLACES;
            case ORGANIZATION -> Fields.ORGANIZATIONS;
        };
        var response = client.search(
                s -> s.index(indices.alias())
                        .size(FORMS_FROM)
                        .query(q -> q.term(t -> t.field(field).value(FieldValue.of(name))))
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
                if (kind.name().equals(entity.path("type").asText())
                        && !text.isBlank()
                        && EntityNames.standard().canonical(kind, text).equals(name)) {
                    forms.add(text.strip());
                }
            }
        }
        return new ArrayList<>(forms);
    }
}
