package io.wenliu.ingest.rest;

import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.rest.DocumentViews.Accepted;
import io.wenliu.ingest.rest.DocumentViews.Deleted;
import io.wenliu.ingest.rest.DocumentViews.DocumentPage;
import io.wenliu.ingest.rest.DocumentViews.DocumentView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Upload documents, follow their status, list and delete them. */
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "409", ref = "Conflict")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
@APIResponse(responseCode = "503", ref = "UploadsDisabled")
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentLedger ledger;

    @Inject
    DropFolders folders;

    @Inject
    UploadLimits limits;

    /** Multipart upload: the file in form field {@code file}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadMultipart(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ApiException(400, "Missing file", "send the document in multipart form field 'file'", "file");
        }
        if (file.size() > limits.fileLimit()) {
            throw limits.tooLarge(OptionalLong.of(file.size()));
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return accepted(uploads.accept(file.fileName(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raw upload: the body is the file, its name in header X-File-Name (may be percent-encoded) or ?filename=. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response uploadRaw(
            InputStream body, @RestHeader("X-File-Name") String headerName, @RestQuery("filename") String queryName) {
        return accepted(uploads.accept(headerName != null ? headerName : queryName, body));
    }

    /** A document's status, timestamps, error and articles. */
    @GET
    @Path("/{id}")
    public DocumentView get(@RestPath String id) {
        return queries.find(parseId(id)).orElseThrow(() -> notFound(id));
    }

    /** Documents, newest first, optionally filtered by status. */
    @GET
    public DocumentPage list(
            @RestQuery String status, @RestQuery("page") Integer page, @RestQuery("size") Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || s < 1 || s > MAX_PAGE_SIZE) {
            throw new ApiException(
                    400,
                    "Bad paging",
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE,
                    p < 0 ? "page" : "size");
        }
        return queries.list(parseStatus(status), p, s);
    }

    /** Deletes a finished document: ArticleDeleted events are published and its file leaves processed/. */
    @DELETE
    @Path("/{id}")
    public Deleted delete(@RestPath String id) {
        UUID uuid = parseId(id);
        DocumentView document = queries.find(uuid).orElseThrow(() -> notFound(id));
        if (DocumentStatus.DELETED.name().equals(document.status())) {
            return new Deleted(uuid, DocumentStatus.DELETED.name(), 0);
        }
        int deleted = ledger.delete(uuid, "document deleted through the API");
        if (deleted < 0) {
            throw new ApiException(409, "Conflict", "document " + id + " is still being processed; retry later");
        }
        if (document.storedAs() != null && !DocumentStatus.FAILED.name().equals(document.status())) {
            try {
                Files.deleteIfExists(folders.processed().resolve(document.storedAs()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Deleted(uuid, DocumentStatus.DELETED.name(), deleted);
    }

    private static Response accepted(UUID id) {
        String url = "/api/documents/" + id;
        return Response.accepted(new Accepted(id, DocumentStatus.RECEIVED.name(), url))
                .location(URI.create(url))
                .build();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad id", "not a document id: " + id, "id");
        }
    }

    private static Optional<DocumentStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DocumentStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400,
                    "Bad status",
                    "unknown status " + status + "; one of RECEIVED, PROCESSED, DUPLICATE, FAILED, DELETED",
                    "status");
        }
    }

    private static ApiException notFound(String id) {
        return new ApiException(404, "Not Found", "no document " + id, "id");
    }
}
