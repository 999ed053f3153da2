package io.wenliu.search.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.search.query.ArticleLookup;
import io.wenliu.search.query.InvalidQueryException;
import io.wenliu.search.query.SearchResult;
import io.wenliu.search.query.SimilarArticles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One article with its enrichment and provenance, and the articles similar to it. */
@APIResponse(responseCode = "400", ref = "InvalidParameter")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleLookup articles;
    private final SimilarArticles similar;

    public ArticleResource(ArticleLookup articles, SimilarArticles similar) {
        this.articles = articles;
        this.similar = similar;
    }

    @GET
    @Operation(summary = "The whole article: text, entities, keywords, summary, source file and document id")
    public ObjectNode article(@PathParam("id") String id) throws IOException {
        return articles.find(id).orElseThrow(() -> UnknownResourceException.article(id));
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Related articles (more-like-this over words and entities)")
    public SearchResult similar(@PathParam("id") String id, @QueryParam("size") String size) throws IOException {
        Integer n = Params.integer("size", size);
        int count = n == null ? 5 : n;
        if (count < 1 || count > 20) {
            throw new InvalidQueryException("size", "size must be between 1 and 20");
        }
        if (articles.find(id).isEmpty()) {
            throw UnknownResourceException.article(id);
        }
        return similar.similar(id, count);
    }
}
