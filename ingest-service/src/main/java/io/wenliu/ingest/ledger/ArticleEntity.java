package io.wenliu.ingest.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Ledger row for one article found in a document. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "segment_index", nullable = false)
    public int segmentIndex;

    public String title;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(name = "duplicate_of")
    public String duplicateOf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "enriched_at")
    public Instant enrichedAt;

    @Column(name = "indexed_at")
    public Instant indexedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Articles of a document in page order. */
    public static List<ArticleEntity> ofDocument(UUID documentId) {
        return list("documentId = ?1 order by segmentIndex", documentId);
    }
}
