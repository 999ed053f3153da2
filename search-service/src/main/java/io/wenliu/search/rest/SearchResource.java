package io.wenliu.search.rest;

import io.wenliu.search.query.Cursor;
import io.wenliu.search.query.SearchResult;
import io.wenliu.search.query.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Full-text search over the article archive. */
@APIResponse(responseCode = "400", ref = "InvalidParameter")
@APIResponse(responseCode = "503", ref = "Unavailable")
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
            @BeanParam SearchFilters filters,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to 100 (default 10)") @QueryParam("size") String size,
            @Parameter(description = "The next value of an earlier answer: the page after it, at any depth")
                    @QueryParam("after")
                    String after)
            throws IOException {
        return search.search(
                filters.params(sort, Params.integer("page", page), Params.integer("size", size)), Cursor.parse(after));
    }
}
