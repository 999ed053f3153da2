package io.wenliu.search.rest;

import io.wenliu.search.reindex.ReindexStatus;
import io.wenliu.search.reindex.Reindexer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operations: rebuild the index without downtime. Every call needs the admin API key ({@link AdminApiKeyFilter}). */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final Reindexer reindexer;

    public AdminResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    @Operation(
            summary = "Build the next index version from articles.enriched and swap the alias",
            description = "Needs header X-API-Key. Returns 202 at once; poll GET for progress. Searches keep answering"
                    + " from the old index, which is deleted after the swap unless wenliu.search.reindex.keep-retired.")
    public Response start() {
        return Response.accepted(reindexer.start()).build();
    }

    @GET
    @Operation(summary = "State of the latest reindex", description = "Needs header X-API-Key.")
    public ReindexStatus status() {
        return reindexer.status();
    }
}
