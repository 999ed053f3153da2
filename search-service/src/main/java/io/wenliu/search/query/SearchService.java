package io.wenliu.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.search.index.Fields;
import io.wenliu.search.index.IndexManager;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Hit;

/** Runs searches against the alias and shapes the results. */
@Singleton
public class SearchService {

    /** Facet name to keyword field. */
    static final Map<String, String> FACETS = facets();

    private static final int FACET_SIZE = 10;
    private static final List<String> HIT_FIELDS =
            List.of("articleId", "title", "source", "authors", "publishedDate", "dateline");

    private static final String PERIODS = "periods";

    /** A date range of at most this many days is shown day by day. */
    static final int DAYS_SHOWN_BY_DAY = 62;

    private static final String UNDATED = "undated";

    private final OpenSearchClient client;
    private final IndexManager indices;
    private final SearchQueryBuilder queries;

    public SearchService(OpenSearchClient client, IndexManager indices, SearchQueryBuilder queries) {
        this.client = client;
        this.indices = indices;
        this.queries = queries;
    }

    /** Searches with the given parameters. */
    public SearchResult search(SearchParams params) throws IOException {
        return search(params, null);
    }

    /**
     * Searches with the given parameters from a cursor (the {@code next} of an earlier answer, null for none): then
     * the page is the one after the cursor, however deep, and {@code page} must be 1.
     */
    public SearchResult search(SearchParams params, Cursor after) throws IOException {
        if (after != null && params.page() != 1) {
            throw new InvalidQueryException("page", "page cannot be combined with after");
        }
        return run(queries.build(params), queries.highlight(params), params, after);
    }

    /** Runs a prepared query from its first page (more-like-this). */
    public SearchResult run(Query query, SearchParams params) throws IOException {
        return run(query, null, params, null);
    }

    /**
     * Runs a prepared query (also used for more-like-this) with the paging, highlighting and facets of params as one
     * search: the page of hits, the exact total, the facets and the timeline come from a single pass over the
     * matches. (Two searches, a page free to skip non-competitive matches beside a count of every match, made
     * OpenSearch match every query twice and cost it 5-30 % more CPU with distinct queries, 2026-12-02.) It asks for
     * OpenSearch's shard request cache, which keeps a query's result until the index changes: a repeated query costs
     * only fetching and highlighting its page of hits.
     */
    private SearchResult run(Query query, Query highlightQuery, SearchParams params, Cursor after) throws IOException {
        SearchRequest.Builder search = new SearchRequest.Builder()
                .index(indices.alias())
                .requestCache(true)
                .query(query)
                .from((params.page() - 1) * params.size())
                .size(params.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(HIT_FIELDS)))
                .highlight(h -> {
                    h.preTags("<em>")
                            .postTags("</em>")
                            .encoder(HighlighterEncoder.Html)
                            .fields(Fields.TITLE, f -> f.numberOfFragments(0))
                            .fields(
                                    Fields.BODY,
                                    f -> f.fragmentSize(120)
                                            .numberOfFragments(3)
                                            .noMatchSize(120));
                    if (highlightQuery != null) {
                        h.highlightQuery(highlightQuery);
                    }
                    return h;
                });
        if (params.sort() == SortBy.DATE) {
            search.sort(s -> s.field(
                    f -> f.field(Fields.PUBLISHED_DATE).order(SortOrder.Desc).missing(FieldValue.of("_last"))));
        }
        // score, then the article id: a total order, so that a cursor resumes exactly after its hit
        search.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        search.sort(s -> s.field(f -> f.field(Fields.ARTICLE_ID).order(SortOrder.Asc)));
        if (after != null) {
            search.searchAfter(after.values());
        }
        FACETS.forEach((name, field) ->
                search.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
        boolean byDay = params.from() != null
                && params.to() != null
                && ChronoUnit.DAYS.between(params.from(), params.to()) < DAYS_SHOWN_BY_DAY;
        search.aggregations(
                PERIODS,
                a -> a.dateHistogram(d -> d.field(Fields.PUBLISHED_DATE)
                        .calendarInterval(byDay ? CalendarInterval.Day : CalendarInterval.Month)
                        .format(byDay ? "yyyy-MM-dd" : "yyyy-MM")
                        .minDocCount(1)));
        search.aggregations(UNDATED, a -> a.missing(m -> m.field(Fields.PUBLISHED_DATE)));
        SearchResponse<JsonNode> response = client.search(search.build(), JsonNode.class);
        List<Hit<JsonNode>> returned = response.hits().hits();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : returned) {
            hits.add(hit(hit));
        }
        String next = returned.size() == params.size()
                ? Cursor.encode(returned.get(returned.size() - 1).sort())
                : null;
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        FACETS.keySet()
                .forEach(
                        name -> facets.put(name, buckets(response.aggregations().get(name))));
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchResult(
                total,
                response.took(),
                params.page(),
                params.size(),
                hits,
                facets,
                timeline(byDay ? "day" : "month", response.aggregations()),
                next);
    }

    /** Matching articles per period of their known date, and how many have no known date. */
    private static SearchResult.Timeline timeline(String interval, Map<String, Aggregate> aggregations) {
        List<SearchResult.Period> periods = new ArrayList<>();
        Aggregate histogram = aggregations.get(PERIODS);
        if (histogram != null && histogram.isDateHistogram()) {
            for (DateHistogramBucket bucket :
                    histogram.dateHistogram().buckets().array()) {
                periods.add(new SearchResult.Period(bucket.keyAsString(), bucket.docCount()));
            }
        }
        Aggregate undated = aggregations.get(UNDATED);
        return new SearchResult.Timeline(
                interval,
                periods,
                undated != null && undated.isMissing() ? undated.missing().docCount() : 0);
    }

    private static SearchResult.Hit hit(Hit<JsonNode> hit) {
        JsonNode source = hit.source();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        highlights.put("title", hit.highlight().getOrDefault(Fields.TITLE, List.of()));
        highlights.put("body", hit.highlight().getOrDefault(Fields.BODY, List.of()));
        List<String> authors = new ArrayList<>();
        if (source != null) {
            source.path("authors").forEach(a -> authors.add(a.asText()));
        }
        return new SearchResult.Hit(
                hit.id(),
                text(source, "title"),
                text(source, "source"),
                authors,
                text(source, "publishedDate"),
                text(source == null ? null : source.path("dateline"), "date"),
                text(source == null ? null : source.path("dateline"), "yearSource"),
                hit.score(),
                highlights);
    }

    private static String text(JsonNode source, String field) {
        if (source == null || !source.hasNonNull(field)) {
            return null;
        }
        return source.get(field).asText();
    }

    private static List<SearchResult.FacetValue> buckets(Aggregate aggregate) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                values.add(new SearchResult.FacetValue(bucket.key(), bucket.docCount()));
            }
        }
        return values;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("persons", Fields.PERSONS);
        facets.put("places", Fields.PLACES);
        facets.put("organizations", Fields.ORGANIZATIONS);
        facets.put("keywords", Fields.KEYWORDS);
        facets.put("sources", Fields.SOURCE);
        return Collections.unmodifiableMap(facets);
    }
}
