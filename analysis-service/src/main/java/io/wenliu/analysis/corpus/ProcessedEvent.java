package io.wenliu.analysis.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A consumed event id, recorded in the same transaction as its effects. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
}
