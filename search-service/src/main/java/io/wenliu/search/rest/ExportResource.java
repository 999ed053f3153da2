package io.wenliu.search.rest;

import io.wenliu.search.query.ArticleExport;
import io.wenliu.search.query.SearchParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Every article a search matches, to take away: NDJSON or CSV, streamed. */
@APIResponse(responseCode = "400", ref = "InvalidParameter")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/api/search/export")
public class ExportResource {

    private final ArticleExport export;

    public ExportResource(ArticleExport export) {
        this.export = export;
    }

    @GET
    @Operation(
            summary = "Export the articles a search matches",
            description = "The filters and terms of /api/search; every match, beyond the 10,000 a page can reach,"
                    + " newest known date first, from one point in time of the index.")
    public Response export(
            @BeanParam SearchFilters filters,
            @Parameter(description = "ndjson (default) or csv") @QueryParam("format") String format) {
        ArticleExport.Format chosen = ArticleExport.Format.parse(format);
        SearchParams params = filters.params(null, 1, 1);
        StreamingOutput body = out -> export.write(params, chosen, out);
        return Response.ok(body, chosen.mediaType() + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"wenliu-export." + chosen.name().toLowerCase(java.util.Locale.ROOT)
                                + "\"")
                .build();
    }
}
