package io.wenliu.search.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.events.EnrichedEvent;
import io.wenliu.search.events.EnrichedPayload;
import io.wenliu.search.events.EnrichedPayload.Article;
import io.wenliu.search.events.EnrichedPayload.Entity;
import io.wenliu.search.events.EnrichedPayload.Keyword;
import io.wenliu.search.events.InvalidEventException;
import io.wenliu.search.index.ArticleDocument;
import io.wenliu.search.index.IndexAction;
import io.wenliu.search.text.EntityNames;
import io.wenliu.search.text.WordSegmenter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Turns an articles.enriched event into the index action it asks for. */
@Singleton
public class ArticleDocumentMapper {

    private final ObjectMapper mapper;
    private final WordSegmenter segmenter;
    private final Clock clock;
    private final double minConfidence;

    @Inject
    public ArticleDocumentMapper(ObjectMapper mapper, WordSegmenter segmenter, SearchConfig config) {
        this(mapper, segmenter, Clock.systemUTC(), config.facetMinConfidence());
    }

    /**
     * A mapper whose documents take their {@code indexedAt} from the given clock and whose entity fields (facets,
     * filters, entity pages) hold only entities with at least the given confidence.
     */
    public ArticleDocumentMapper(ObjectMapper mapper, WordSegmenter segmenter, Clock clock, double minConfidence) {
        this.mapper = mapper;
        this.segmenter = segmenter;
        this.clock = clock;
        this.minConfidence = minConfidence;
    }

    /** Maps the event, or explains why it can never be indexed. */
    public IndexAction map(EnrichedEvent event) throws InvalidEventException {
        String type = event.eventType();
        if (EnrichedEvent.ARTICLE_DELETED.equals(type)) {
            return new IndexAction.Delete(event.articleId(), event.version());
        }
        if (!EnrichedEvent.ARTICLE_ENRICHED.equals(type)) {
            throw new InvalidEventException("unknown eventType: " + type);
        }
        EnrichedPayload payload;
        try {
            payload = mapper.treeToValue(event.payload(), EnrichedPayload.class);
        } catch (Exception e) {
            throw new InvalidEventException("unreadable ArticleEnriched payload: " + e.getMessage(), e);
        }
        Article article = payload.article();
        if (article == null) {
            throw new InvalidEventException("ArticleEnriched without article");
        }
        if (isBlank(article.title()) && isBlank(article.body())) {
            throw new InvalidEventException("article has neither title nor body");
        }
        return new IndexAction.Upsert(event.articleId(), event.version(), document(event, payload));
    }

    private ArticleDocument document(EnrichedEvent event, EnrichedPayload payload) throws InvalidEventException {
        Article article = payload.article();
        List<Entity> entities =
                payload.enrichment() == null || payload.enrichment().entities() == null
                        ? List.of()
                        : payload.enrichment().entities();
        List<String> keywords =
                payload.enrichment() == null || payload.enrichment().keywords() == null
                        ? List.of()
                        : payload.enrichment().keywords().stream()
                                .map(Keyword::term)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList();
        List<Entity> facts =
                entities.stream().filter(e -> e.isFact(minConfidence)).toList();
        List<String> persons = entityTexts(facts, "PERSON");
        List<String> places = entityTexts(facts, "LOCATION");
        List<String> organizations = entityTexts(facts, "ORGANIZATION");
        String place = article.dateline() == null ? null : article.dateline().place();
        JsonNode articleNode = event.payload().path("article");
        return new ArticleDocument(
                event.articleId(),
                article.documentId(),
                article.sourceFile(),
                article.segmentIndex(),
                article.title(),
                article.subtitle(),
                article.body(),
                segmenter.segment(join(article.title(), article.subtitle())),
                segmenter.segmentBody(article.body(), namesOf(entities, "PERSON")),
                article.authors() == null ? List.of() : article.authors(),
                article.byline(),
                article.source(),
                article.coSource(),
                place,
                articleNode.path("dateline").isObject() ? articleNode.get("dateline") : null,
                publishedDate(article),
                article.ingestedAt(),
                clock.instant(),
                persons,
                places,
                organizations,
                keywords,
                markUncertain(event.payload().path("enrichment"), entities),
                article.contentHash(),
                article.languageHint(),
                event.version(),
                payload.sourceEventId(),
                nonBlank(Stream.of(article.title())),
                nonBlank(Stream.of(persons, places, organizations).flatMap(List::stream)),
                nonBlank(keywords.stream()));
    }

    /**
     * The enrichment as analysis published it, with {@code "uncertain": true} on each entity that is no fact (kept for
     * the article view, left out of the entity fields), or null when there is none. {@code entities} is the same list
     * read as records, in the same order.
     */
    private JsonNode markUncertain(JsonNode enrichment, List<Entity> entities) {
        if (!enrichment.isObject()) {
            return null;
        }
        JsonNode copy = enrichment.deepCopy();
        JsonNode nodes = copy.path("entities");
        for (int i = 0; i < entities.size() && i < nodes.size(); i++) {
            if (!entities.get(i).isFact(minConfidence) && nodes.get(i) instanceof ObjectNode entity) {
                entity.put("uncertain", true);
            }
        }
        return copy;
    }

    private static String publishedDate(Article article) throws InvalidEventException {
        if (article.dateline() == null || isBlank(article.dateline().isoDate())) {
            return null;
        }
        try {
            return LocalDate.parse(article.dateline().isoDate()).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(
                    "dateline.isoDate is not an ISO date: " + article.dateline().isoDate());
        }
    }

    /** The canonical names of the entities of one type (盐城市 and 盐城 are one), in order of first mention. */
    private static List<String> entityTexts(List<Entity> entities, String type) {
        return namesOf(entities, type).stream()
                .map(text -> EntityNames.standard().canonical(type, text))
                .distinct()
                .toList();
    }

    /** The distinct texts of the entities of one type, whatever their confidence. */
    private static Set<String> namesOf(List<Entity> entities, String type) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity entity : entities) {
            if (type.equals(entity.type()) && !isBlank(entity.text())) {
                names.add(entity.text());
            }
        }
        return names;
    }

    private static List<String> nonBlank(Stream<String> values) {
        return values.filter(v -> !isBlank(v)).map(String::strip).distinct().toList();
    }

    private static String join(String title, String subtitle) {
        return isBlank(subtitle) ? Objects.requireNonNullElse(title, "") : title + "\n" + subtitle;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
