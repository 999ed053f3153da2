package io.wenliu.ingest.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Ledger row for one source document. */
@Entity
@Table(name = "document")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "content_type")
    public String contentType;

    public String charset;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    public FailureReason failureReason;

    @Column(name = "error_message")
    public String errorMessage;

    /** File name in processed/ or failed/ once the file has been moved there. */
    @Column(name = "final_name")
    public String finalName;

    /** Absolute folder the file was moved to (processed/ or failed/ of the instance that moved it). */
    @Column(name = "final_dir")
    public String finalDir;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Finds a document by id, or null. */
    public static DocumentEntity byId(UUID id) {
        return findById(id);
    }
}
