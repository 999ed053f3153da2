package io.wenliu.ingest.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.wenliu.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large an upload may be: the file at most {@code wenliu.ingest.max-file-size} bytes, the whole request at most
 * {@code quarkus.http.limits.max-body-size}. Builds the JSON 413 answer for anything larger.
 */
@ApplicationScoped
public class UploadLimits {

    /** Room for the multipart envelope around the file: boundaries, part headers and a 255-byte file name. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    @Inject
    IngestConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** Largest accepted file, in bytes; below the HTTP body limit so that the service always answers itself. */
    public long fileLimit() {
        return Math.min(config.maxFileSize(), bodyLimit() - MULTIPART_ENVELOPE);
    }

    /** Largest request body Vert.x accepts at all. */
    public long bodyLimit() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** Where Quarkus' request stream stops a chunked upload: well past the limits the upload code enforces itself. */
    public long streamLimit() {
        long body = bodyLimit();
        return body > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * body;
    }

    /** Whether the configured max-file-size had to be lowered to fit under the HTTP body limit. */
    public boolean fileLimitCapped() {
        return fileLimit() < config.maxFileSize();
    }

    /**
     * The refusal for a request declaring {@code contentLength} bytes, or empty when it may be read. A multipart
     * request may carry {@link #MULTIPART_ENVELOPE} bytes more than the file itself.
     */
    public Optional<ApiException> checkDeclaredLength(long contentLength, boolean multipart) {
        long allowed = Math.min(bodyLimit(), fileLimit() + (multipart ? MULTIPART_ENVELOPE : 0));
        if (contentLength <= allowed) {
            return Optional.empty();
        }
        return Optional.of(tooLarge(OptionalLong.of(contentLength)));
    }

    /** The 413 for an upload of {@code size} bytes, or of unknown size (a chunked body cut off at the limit). */
    public ApiException tooLarge(OptionalLong size) {
        String message = "file is larger than the limit of " + fileLimit() + " bytes";
        if (size.isPresent()) {
            message = "upload of " + size.getAsLong() + " bytes is larger than the limit of " + fileLimit() + " bytes";
        }
        return new ApiException(413, "Payload Too Large", message, "file");
    }
}
