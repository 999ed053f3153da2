package io.wenliu.search.rest;

import io.wenliu.search.query.SearchParams;
import io.wenliu.search.query.SearchResult;
import io.wenliu.search.query.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Full-text search over the article archive. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(
            summary = "Search articles",
            description = "All terms are required; \"quoted phrases\" match exactly; simplified and traditional"
                    + " script find each other. Filters are repeatable and all apply.")
    public SearchResult search(
            @Parameter(description = "Words and \"quoted phrases\"") @QueryParam("q") String q,
            @QueryParam("person") List<String> persons,
            @QueryParam("place") List<String> places,
            @QueryParam("organization") List<String> organizations,
            @QueryParam("keyword") List<String> keywords,
            @QueryParam("source") List<String> sources,
            @QueryParam("author") List<String> authors,
            @Parameter(description = "Earliest publication date, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "Latest publication date, yyyy-MM-dd") @QueryParam("to") String to,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to 100 (default 10)") @QueryParam("size") String size)
            throws IOException {
        return search.search(SearchParams.of(
                q,
                persons,
                places,
                organizations,
                keywords,
                sources,
                authors,
                from,
                to,
                sort,
                Params.integer("page", page),
                Params.integer("size", size)));
    }
}
