package io.wenliu.search.rest;

import io.wenliu.search.entity.EntityPage;
import io.wenliu.search.entity.EntityService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An entity across the archive: its articles over time, the entities seen with it, its written forms. */
@APIResponse(responseCode = "400", ref = "InvalidParameter")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "Unavailable")
@Path("/api/entities/{type}/{name}")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final EntityService entities;

    public EntityResource(EntityService entities) {
        this.entities = entities;
    }

    @GET
    @Operation(
            summary = "One entity (type person, place or organization; any written form of its name): number of"
                    + " articles, timeline per month, co-occurring entities, written forms, latest articles")
    public EntityPage entity(@PathParam("type") String type, @PathParam("name") String name) throws IOException {
        return entities.page(type, name).orElseThrow(() -> UnknownResourceException.entity(type, name));
    }
}
