package io.wenliu.ingest.rest;

import io.wenliu.ingest.drop.ClaimedFile;
import io.wenliu.ingest.drop.ClaimedFiles;
import io.wenliu.ingest.drop.DropFolders;
import io.wenliu.ingest.extract.DocumentFormat;
import io.wenliu.ingest.ledger.DocumentLedger;
import io.wenliu.ingest.ledger.DocumentOrigin;
import io.wenliu.ingest.metrics.IngestMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.UUID;

/** Accepts an uploaded file: checks it, stores it as a claimed file of this instance and queues it. */
@ApplicationScoped
public class DocumentUploads {

    @Inject
    UploadLimits limits;

    @Inject
    DropFolders folders;

    @Inject
    DocumentLedger ledger;

    @Inject
    ClaimedFiles worker;

    @Inject
    IngestMetrics metrics;

    /** Stores and queues the upload; returns the new document id. Throws ApiException for a refused upload. */
    public UUID accept(String rawName, InputStream body) {
        String name = UploadNames.check(rawName);
        if (DocumentFormat.ofFileName(name).isEmpty()) {
            throw new ApiException(
                    415,
                    "Unsupported Media Type",
                    "unsupported file type: " + name + " (accepted: .txt .md .html .htm .pdf .docx)");
        }
        UUID id = UUID.randomUUID();
        worker.reserve(id);
        Path dir = folders.claimed().resolve(id.toString());
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            long size = copyLimited(body, file);
            if (size == 0) {
                throw new ApiException(400, "Empty file", "the uploaded file is empty", "file");
            }
            ledger.register(id, name, DocumentOrigin.UPLOAD, size);
        } catch (IOException e) {
            cleanUp(id, file, dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cleanUp(id, file, dir);
            throw e;
        }
        metrics.fileSeen(DocumentOrigin.UPLOAD);
        worker.submit(new ClaimedFile(id, file, name, DocumentOrigin.UPLOAD));
        return id;
    }

    private long copyLimited(InputStream in, Path file) throws IOException {
        long limit = limits.fileLimit();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw limits.tooLarge(OptionalLong.empty());
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private void cleanUp(UUID id, Path file, Path dir) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // the next rescan finds an empty claimed folder and removes it
        } finally {
            worker.release(id);
        }
    }
}
