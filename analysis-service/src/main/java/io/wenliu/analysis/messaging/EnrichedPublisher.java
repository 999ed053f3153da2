package io.wenliu.analysis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.events.OutgoingEvent;
import io.wenliu.analysis.events.Topics;
import io.wenliu.platform.events.AckedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes events on {@code articles.enriched} (key = article id, CloudEvents headers): all of a batch are sent at
 * once, in order, and awaited together. An event larger than a record may be is refused by the producer or the broker;
 * the caller dead-letters its article, and the others pass.
 */
@ApplicationScoped
public class EnrichedPublisher {

    @Inject
    @Channel(Topics.ENRICHED_CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    ObjectMapper mapper;

    @Inject
    AnalysisConfig config;

    @Inject
    ProducedTopics topics;

    /**
     * Sends the events in order and returns once the broker acknowledged every one it can take: per event, in order,
     * null, or the refusal of an event too large ever to be accepted. Throws if any other send failed.
     */
    public List<RecordTooLargeException> publishAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        if (!topics.created()) {
            throw new PublishFailedException("articles.enriched is not created yet", null);
        }
        CompletableFuture<?>[] acks = new CompletableFuture<?>[events.size()];
        for (int i = 0; i < events.size(); i++) {
            acks[i] = send(events.get(i));
        }
        return BrokerAcks.awaitEach(config.publishTimeout(), acks);
    }

    private CompletableFuture<Void> send(OutgoingEvent event) {
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.eventType(), e);
        }
        return AckedMessages.send(emitter, event.articleId(), json, CloudEventHeaders.of(event));
    }
}
