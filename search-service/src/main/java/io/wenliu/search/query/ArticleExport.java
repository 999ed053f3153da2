package io.wenliu.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.Fields;
import io.wenliu.search.index.IndexManager;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Pit;

/**
 * Writes every article a search matches, not only the first 10,000 a page can reach: pages of {@code export-batch}
 * articles read from one point in time of the index (so concurrent indexing neither repeats nor skips an article)
 * with {@code search_after}, newest known date first, as NDJSON (one article object per line) or CSV (UTF-8 with a
 * byte order mark, for spreadsheets).
 */
@Singleton
public class ArticleExport {

    /** The output formats. */
    public enum Format {
        NDJSON("application/x-ndjson"),
        CSV("text/csv");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format named by a request parameter (ndjson by default). */
        public static Format parse(String name) {
            if (name == null || name.isBlank()) {
                return NDJSON;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("format", "format must be 'ndjson' or 'csv', not '" + name + "'");
            }
        }
    }

    /** The exported fields, in CSV column order. */
    static final List<String> COLUMNS = List.of(
            "articleId",
            "title",
            "subtitle",
            "date",
            "printedDate",
            "source",
            "authors",
            "persons",
            "places",
            "organizations",
            "keywords",
            "sourceFile",
            "body");

    private static final List<String> LISTS = List.of("authors", "persons", "places", "organizations", "keywords");

    /** The stored fields the columns are read from. */
    private static final List<String> SOURCE_FIELDS =
            COLUMNS.stream().map(ArticleExport::storedField).toList();

    private static final String KEEP_ALIVE = "2m";

    private final OpenSearchClient client;
    private final IndexManager indices;
    private final SearchQueryBuilder queries;
    private final ObjectMapper mapper;
    private final int batch;

    public ArticleExport(
            OpenSearchClient client,
            IndexManager indices,
            SearchQueryBuilder queries,
            ObjectMapper mapper,
            SearchConfig config) {
        this.client = client;
        this.indices = indices;
        this.queries = queries;
        this.mapper = mapper;
        this.batch = config.exportBatch();
    }

    /** Writes the matching articles. */
    public void write(SearchParams params, Format format, OutputStream out) throws IOException {
        Query query = queries.build(params);
        String pit = client.createPit(c -> c.index(indices.alias()).keepAlive(t -> t.time(KEEP_ALIVE)))
                .pitId();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            if (format == Format.CSV) {
                writer.write('\uFEFF');
                writeCsv(writer, COLUMNS);
            }
            List<FieldValue> after = null;
            while (true) {
                SearchResponse<JsonNode> page = page(query, pit, after);
                List<Hit<JsonNode>> hits = page.hits().hits();
                for (Hit<JsonNode> hit : hits) {
                    ObjectNode article = exported(hit.source());
                    if (format == Format.CSV) {
                        writeCsv(writer, csvValues(article));
                    } else {
                        writer.write(mapper.writeValueAsString(article));
                        writer.write('\n');
                    }
                }
                writer.flush();
                if (hits.size() < batch) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            writer.flush();
            client.deletePit(d -> d.pitId(pit));
        }
    }

    private SearchResponse<JsonNode> page(Query query, String pit, List<FieldValue> after) throws IOException {
        return client.search(
                s -> {
                    s.size(batch)
                            .query(query)
                            .pit(new Pit.Builder().id(pit).keepAlive(KEEP_ALIVE).build())
                            .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                            .sort(o -> o.field(f -> f.field(Fields.PUBLISHED_DATE)
                                    .order(SortOrder.Desc)
                                    .missing(FieldValue.of("_last"))))
                            .sort(o -> o.field(f -> f.field(Fields.ARTICLE_ID).order(SortOrder.Asc)));
                    if (after != null) {
                        s.searchAfter(after);
                    }
                    return s;
                },
                JsonNode.class);
    }

    /** The stored field a column is read from: the date is the published date, the printed date is the dateline's. */
    private static String storedField(String column) {
        return switch (column) {
            case "date" -> Fields.PUBLISHED_DATE;
            case "printedDate" -> "dateline";
            default -> column;
        };
    }

    /** The exported form of a stored article: the fields of {@link #COLUMNS}, lists as JSON arrays. */
    private ObjectNode exported(JsonNode stored) {
        JsonNode source = stored == null ? mapper.createObjectNode() : stored;
        ObjectNode article = mapper.createObjectNode();
        for (String column : COLUMNS) {
            JsonNode value = "printedDate".equals(column)
                    ? source.path("dateline").get("date")
                    : source.get(storedField(column));
            if (LISTS.contains(column)) {
                article.set(column, value == null || !value.isArray() ? mapper.createArrayNode() : value);
            } else {
                article.set(column, value == null ? NullNode.getInstance() : value);
            }
        }
        return article;
    }

    /** The exported article as CSV values: lists joined with 、, absent values empty. */
    private static List<String> csvValues(ObjectNode article) {
        List<String> values = new ArrayList<>();
        for (String column : COLUMNS) {
            JsonNode value = article.get(column);
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                values.add(String.join("、", items));
            } else {
                values.add(value.isNull() ? "" : value.asText());
            }
        }
        return values;
    }

    private static void writeCsv(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String value = values.get(i);
            writer.write('"');
            writer.write(value.replace("\"", "\"\""));
            writer.write('"');
        }
        writer.write("\r\n");
    }
}
