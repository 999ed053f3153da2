package io.wenliu.search.rest;

import io.wenliu.search.reindex.ReindexStatus;
import io.wenliu.search.reindex.Reindexer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Operations: rebuild the index without downtime. Every call needs the admin API key ({@link AdminApiKeyFilter}). */
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
        securitySchemeName = AdminResource.API_KEY_SCHEME,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key",
        description = "the admin API key (wenliu.search.admin-api-key)")
@SecurityRequirement(name = AdminResource.API_KEY_SCHEME)
public class AdminResource {
    static final String API_KEY_SCHEME = "adminApiKey";

    private final Reindexer reindexer;

    public AdminResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    @Operation(
            summary = "Build the next index version from articles.enriched and swap the alias",
            description = "Needs header X-API-Key. Returns 202 at once; poll GET for progress. Searches keep answering"
                    + " from the old index, which is deleted after the swap unless wenliu.search.reindex.keep-retired.")
    public Response start() throws IOException {
        return Response.accepted(reindexer.start()).build();
    }

    @GET
    @Operation(summary = "State of the latest reindex", description = "Needs header X-API-Key.")
    public ReindexStatus status() throws IOException {
        return reindexer.status();
    }
}
