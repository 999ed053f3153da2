package io.wenliu.search.rest;

import io.wenliu.search.query.InvalidQueryException;
import io.wenliu.search.query.SuggestService;
import io.wenliu.search.query.Suggestion;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Type-ahead completions. */
@APIResponse(responseCode = "400", ref = "InvalidParameter")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    private final SuggestService suggestions;

    public SuggestResource(SuggestService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "Completions of a (Chinese) prefix over entities, keywords and titles")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("size") String size) throws IOException {
        Integer n = Params.integer("size", size);
        int count = n == null ? 8 : n;
        if (count < 1 || count > 20) {
            throw new InvalidQueryException("size", "size must be between 1 and 20");
        }
        return suggestions.suggest(q, count);
    }
}
