package io.wenliu.ingest.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** An event waiting to be (or already) published; its id is the event's monotonic version. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 1)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Payload JSON (without the envelope, which the relay adds). */
    @Column(nullable = false)
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the relay gave the event up because the broker can never accept it (see OutboxSender), else null. */
    @Column(name = "given_up_at")
    public Instant givenUpAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The W3C traceparent of the work that queued the event (sent as its header), or null. */
    @Column(name = "trace_parent")
    public String traceParent;

    /**
     * Marks the rows sent at {@code at} in one SQL statement with the ids as an array (a query language update with a
     * list would be translated again for every batch size).
     */
    public static void markSent(List<Long> ids, Instant at) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update outbox_event set sent_at = ?, attempts = attempts + 1, last_error = null where id = any(?)")) {
                statement.setObject(1, at.atOffset(ZoneOffset.UTC));
                statement.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                statement.executeUpdate();
            }
        });
    }
}
