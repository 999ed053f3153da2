package io.wenliu.search.indexing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.wenliu.platform.events.AckedMessages;
import io.wenliu.platform.events.CloudEvents;
import io.wenliu.platform.events.DeadLetters;
import io.wenliu.platform.events.TraceHeaders;
import io.wenliu.search.events.ArticleIndexedEvent;
import io.wenliu.search.events.Topics;
import io.wenliu.search.index.IndexAction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes articles.indexed events and dead-letters unindexable records through the outgoing channels {@link
 * Topics#ARTICLES_INDEXED_CHANNEL} and {@link Topics#ARTICLES_ENRICHED_DLQ_CHANNEL}, waiting for the broker's ack.
 */
@Singleton
public class EventPublisher {

    /** CloudEvents source of every event this service produces. */
    public static final String CE_SOURCE = "/wenliu/search-service";

    /**
     * Longest wait for the acks: beyond what the channels' producers take to give up on their own (max.block.ms 60 s
     * plus delivery.timeout.ms 60 s), so their failure normally arrives first.
     */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(150);

    /** A live batch (up to max.poll.records, 500) is sent at once, so the buffer holds more than one batch. */
    @Inject
    @Channel(Topics.ARTICLES_INDEXED_CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<byte[]> indexedEmitter;

    @Inject
    @Channel(Topics.ARTICLES_ENRICHED_DLQ_CHANNEL)
    Emitter<byte[]> deadLetterEmitter;

    @Inject
    ObjectMapper mapper;

    /**
     * Sends one articles.indexed event per action, all at once, in the action's trace ({@code traces}, absent for
     * none: its traceparent header), and waits until all are acknowledged; throws if any was not.
     */
    public void indexed(List<IndexAction> actions, String index, Map<IndexAction, Context> traces)
            throws InterruptedException, ExecutionException {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[actions.size()];
        Instant now = Instant.now();
        for (int i = 0; i < actions.size(); i++) {
            IndexAction action = actions.get(i);
            boolean deleted = action instanceof IndexAction.Delete;
            ArticleIndexedEvent event = ArticleIndexedEvent.of(
                    eventId(action.articleId(), action.version(), index, deleted),
                    action.articleId(),
                    action.version(),
                    index,
                    now,
                    deleted);
            Headers headers = new RecordHeaders();
            CloudEvents.addHeaders(headers, event.eventId(), ArticleIndexedEvent.CE_TYPE, CE_SOURCE, now.toString());
            Context trace = traces.get(action);
            if (trace != null) {
                TraceHeaders.inject(trace, headers);
            }
            acks[i] = AckedMessages.send(indexedEmitter, event.articleId(), json(event), headers);
        }
        await(acks);
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
        Headers headers = new RecordHeaders();
        DeadLetters.addHeaders(headers, original, reason, cause);
        await(AckedMessages.send(deadLetterEmitter, original.key(), original.value(), headers));
    }

    /** Waits for every ack; a refusal, or no ack within {@link #ACK_TIMEOUT}, is an ExecutionException. */
    private static void await(CompletableFuture<?>... acks) throws InterruptedException, ExecutionException {
        try {
            CompletableFuture.allOf(acks).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException("no acknowledgement within " + ACK_TIMEOUT, e);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
    }
}
