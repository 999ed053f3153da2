package io.wenliu.ingest.outbox;

import com.fasterxml.jackson.databind.util.RawValue;
import io.wenliu.ingest.events.EventEnvelope;
import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.ledger.OutboxEvent;
import io.wenliu.ingest.ledger.TraceParent;
import io.wenliu.platform.events.CloudEvents;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Turns an outbox row into a Kafka record: envelope JSON value, article id key, CloudEvents headers. */
public final class OutboxRecordFactory {

    private OutboxRecordFactory() {}

    /**
     * The envelope for an outbox row; its version is the row's sequence number. The payload is the row's JSON as
     * written by {@link EventJson}, embedded as it is rather than parsed and written again.
     */
    public static EventEnvelope<Object> envelope(OutboxEvent event) {
        return new EventEnvelope<>(
                event.eventId,
                event.eventType,
                EventTypes.SCHEMA_VERSION,
                event.articleId,
                event.occurredAt,
                event.id,
                new RawValue(event.payload));
    }

    /** The record published for an outbox row. */
    public static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.ARTICLES_INGESTED, event.articleId, EventJson.write(envelope(event)));
        CloudEvents.addHeaders(
                record.headers(),
                event.eventId.toString(),
                EventTypes.cloudEventType(event.eventType),
                EventTypes.CE_SOURCE,
                event.occurredAt.toString());
        if (event.traceParent != null) {
            record.headers().add(TraceParent.HEADER, event.traceParent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
