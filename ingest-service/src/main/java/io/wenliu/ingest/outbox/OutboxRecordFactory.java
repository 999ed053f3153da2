package io.wenliu.ingest.outbox;

import com.fasterxml.jackson.databind.util.RawValue;
import io.wenliu.ingest.events.EventEnvelope;
import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.events.Topics;
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
        header(record, "ce_id", event.eventId.toString());
        header(record, "ce_type", EventTypes.cloudEventType(event.eventType));
        header(record, "ce_source", EventTypes.CE_SOURCE);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_time", event.occurredAt.toString());
        header(record, "content-type", "application/json");
        if (event.traceParent != null) {
            header(record, TraceParent.HEADER, event.traceParent);
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
