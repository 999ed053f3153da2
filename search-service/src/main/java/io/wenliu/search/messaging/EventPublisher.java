package io.wenliu.search.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTrace;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapSetter;
import io.wenliu.platform.events.CloudEvents;
import io.wenliu.platform.events.DeadLetters;
import io.wenliu.search.index.IndexAction;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes articles.indexed events and dead-letters unindexable records, waiting for the broker's ack. */
@Singleton
public class EventPublisher {

    /** CloudEvents source of every event this service produces. */
    public static final String CE_SOURCE = "/wenliu/search-service";

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper mapper;

    public EventPublisher(KafkaClientFactory clients, ObjectMapper mapper) {
        this.producer = clients.producer("search-service-publisher");
        this.mapper = mapper;
    }

    /**
     * Sends one articles.indexed event per action, in the action's trace ({@code traces}, absent for none: its
     * traceparent header), and waits until all are acknowledged.
     */
    public void indexed(List<IndexAction> actions, String index, Map<IndexAction, Context> traces)
            throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        Instant now = Instant.now();
        for (IndexAction action : actions) {
            boolean deleted = action instanceof IndexAction.Delete;
            ArticleIndexedEvent event = ArticleIndexedEvent.of(
                    eventId(action.articleId(), action.version(), index, deleted),
                    action.articleId(),
                    action.version(),
                    index,
                    now,
                    deleted);
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(Topics.ARTICLES_INDEXED, event.articleId(), json(event));
            CloudEvents.addHeaders(
                    record.headers(), event.eventId(), ArticleIndexedEvent.CE_TYPE, CE_SOURCE, now.toString());
            Context trace = traces.get(action);
            if (trace != null) {
                W3CTraceContextPropagator.getInstance()
                        .inject(
                                trace,
                                new KafkaTrace.Builder()
                                        .withHeaders(record.headers())
                                        .build(),
                                KafkaTraceTextMapSetter.INSTANCE);
            }
            sent.add(producer.send(record));
        }
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
    }

    /**
     * The id of the event reporting one write: derived from what was written, so the same write reported again (a
     * batch retried after a failed commit, a replay) carries the same id and consumers can recognise the repeat.
     */
    static String eventId(String articleId, long version, String index, boolean deleted) {
        String name =
                "articles.indexed/" + articleId + "/" + version + "/" + index + "/" + (deleted ? "deleted" : "written");
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Copies a record to articles.enriched.dlq with the reason and its origin in headers, and waits for the ack. */
    public void deadLetter(ConsumerRecord<String, byte[]> original, String reason, Throwable cause)
            throws InterruptedException, ExecutionException {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.ARTICLES_ENRICHED_DLQ, original.key(), original.value());
        DeadLetters.addHeaders(record.headers(), original, reason, cause);
        producer.send(record).get();
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
