package io.wenliu.search.query;

import io.wenliu.search.index.Fields;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** Finds articles like a given one with more_like_this over its words and entities. */
@Singleton
public class SimilarArticles {

    private static final List<String> FIELDS = List.of(
            Fields.TITLE_WORDS,
            Fields.BODY_WORDS,
            Fields.PERSONS,
            Fields.PLACES,
            Fields.ORGANIZATIONS,
            Fields.KEYWORDS);

    private final SearchService search;

    public SimilarArticles(SearchService search) {
        this.search = search;
    }

    /** Up to {@code size} articles most like the article {@code id}, itself excluded. */
    public SearchResult similar(String id, int size) throws IOException {
        Query query = Query.of(q -> q.moreLikeThis(m -> m.fields(FIELDS)
                .like(l -> l.document(d -> d.id(id)))
                .minTermFreq(1)
                .minDocFreq(1)
                .maxQueryTerms(60)
                .minimumShouldMatch("10%")
                .include(false)));
        SearchParams params = SearchParams.of(null, null, null, null, null, null, null, null, null, null, 1, size);
        return search.run(query, params);
    }
}
