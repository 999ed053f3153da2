package io.wenliu.search.query;

import io.wenliu.search.index.Fields;
import io.wenliu.search.text.ChineseNormalizer;
import io.wenliu.search.text.EntityNames;
import io.wenliu.search.text.WordSegmenter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.ZeroTermsQuery;

/**
 * Builds the OpenSearch query for validated parameters from match, match_phrase, term and range objects only; user
 * text is never parsed by OpenSearch as query syntax.
 */
@Singleton
public class SearchQueryBuilder {

    private static final float TITLE_BOOST = 3f;

    /**
     * No slop: the phrase as it is (in title and body, one of three or more characters is answered from the indexed
     * bigram pairs; byline has none).
     */
    private static final Integer EXACT = null;

    /** One bigram of slop: run on the field itself, so that the highlighter can mark it (see {@link #highlight}). */
    private static final Integer HIGHLIGHT_SLOP = 1;

    private final ChineseNormalizer normalizer;
    private final WordSegmenter segmenter;

    public SearchQueryBuilder(ChineseNormalizer normalizer, WordSegmenter segmenter) {
        this.normalizer = normalizer;
        this.segmenter = segmenter;
    }

    /** The full query: every term and phrase required, every filter applied. */
    public Query build(SearchParams params) {
        List<Query> must = new ArrayList<>();
        for (String term : params.query().terms()) {
            must.add(term(term));
        }
        for (String phrase : params.query().phrases()) {
            must.add(phrase(phrase));
        }
        List<Query> filters = filters(params);
        if (must.isEmpty() && filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.must(must).filter(filters)));
    }

    /**
     * What highlighting looks for: each term and phrase as a character phrase in title and body, the only clauses that
     * can mark those fields (the word fields and filters never do). Handing OpenSearch this instead of the full query
     * spares it re-running the word matches on every hit it highlights; null when the query has no text.
     *
     * <p>These phrases allow a slop of one bigram. Title and body index their bigram pairs ({@code index_phrases}), so
     * an exact phrase of three or more characters is answered from {@code body._index_phrase}, which the highlighter
     * cannot map back to {@code body} (elastic/elasticsearch#40227: no highlight at all); a phrase with slop is run on
     * the field itself. The hits themselves still need the exact phrase.
     */
    public Query highlight(SearchParams params) {
        List<Query> phrases = Stream.concat(params.query().terms().stream(), params.query().phrases().stream())
                .map(normalizer::toSimplified)
                .flatMap(text -> Stream.of(
                        phraseMatch(Fields.TITLE, text, TITLE_BOOST, HIGHLIGHT_SLOP),
                        phraseMatch(Fields.BODY, text, 1f, HIGHLIGHT_SLOP)))
                .toList();
        return phrases.isEmpty() ? null : Query.of(q -> q.bool(b -> b.should(phrases)));
    }

    /**
     * One free term: its ansj words (all required) in the word fields, or the term as a character-bigram phrase in
     * the text fields (the byline too, so that a reporter's name finds the stories they wrote).
     */
    Query term(String term) {
        String simplified = normalizer.toSimplified(term);
        String words = segmenter.segment(simplified);
        return Query.of(q -> q.bool(b -> b.should(wordMatch(Fields.TITLE_WORDS, words, TITLE_BOOST))
                .should(wordMatch(Fields.BODY_WORDS, words, 1f))
                .should(textPhrases(simplified))
                .minimumShouldMatch("1")));
    }

    /** One quoted phrase: the exact character sequence in title, body or byline. */
    Query phrase(String phrase) {
        String simplified = normalizer.toSimplified(phrase);
        return Query.of(q -> q.bool(b -> b.should(textPhrases(simplified)).minimumShouldMatch("1")));
    }

    /** The text as a character phrase in title, body and byline. */
    private static List<Query> textPhrases(String simplified) {
        return List.of(
                phraseMatch(Fields.TITLE, simplified, TITLE_BOOST, EXACT),
                phraseMatch(Fields.BODY, simplified, 1f, EXACT),
                phraseMatch(Fields.BYLINE, simplified, 1f, EXACT));
    }

    private static Query wordMatch(String field, String words, float boost) {
        return Query.of(q -> q.match(m -> m.field(field)
                .query(FieldValue.of(words))
                .operator(Operator.And)
                .zeroTermsQuery(ZeroTermsQuery.None)
                .boost(boost)));
    }

    /** A character phrase; {@code slop} null for the exact sequence. */
    private static Query phraseMatch(String field, String text, float boost, Integer slop) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field)
                .query(text)
                .slop(slop)
                .zeroTermsQuery(ZeroTermsQuery.None)
                .boost(boost)));
    }

    private static List<Query> filters(SearchParams params) {
        List<Query> filters = new ArrayList<>();
        addTerms(filters, Fields.PERSONS, canonical(EntityNames.Type.PERSON, params.persons()));
        addTerms(filters, Fields.PLACES, canonical(EntityNames.Type.LOCATION, params.places()));
        addTerms(filters, Fields.ORGANIZATIONS, canonical(EntityNames.Type.ORGANIZATION, params.organizations()));
        addTerms(filters, Fields.KEYWORDS, params.keywords());
        addTerms(filters, Fields.SOURCE, params.sources());
        addTerms(filters, Fields.AUTHORS, params.authors());
        if (params.from() != null || params.to() != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field(Fields.PUBLISHED_DATE);
                if (params.from() != null) {
                    r.gte(JsonData.of(params.from().toString()));
                }
                if (params.to() != null) {
                    r.lte(JsonData.of(params.to().toString()));
                }
                return r;
            })));
        }
        return filters;
    }

    /** Entity filters by the names the archive counts them under, so 盐城市 finds what 盐城 finds. */
    private static List<String> canonical(EntityNames.Type type, List<String> names) {
        return names.stream()
                .map(name -> EntityNames.standard().canonical(type, name))
                .toList();
    }

    /** Each value is required (clicking two facets narrows twice). */
    private static void addTerms(List<Query> filters, String field, List<String> values) {
        for (String value : values) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}
