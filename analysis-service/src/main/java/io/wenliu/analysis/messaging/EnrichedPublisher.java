package io.wenliu.analysis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.wenliu.analysis.events.OutgoingEvent;
import io.wenliu.analysis.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes events on {@code articles.enriched} (key = article id, CloudEvents headers) and waits for the ack. */
@ApplicationScoped
public class EnrichedPublisher {
    @Inject
    @Channel(Topics.ENRICHED_CHANNEL)
    MutinyEmitter<String> emitter;

    @Inject
    ObjectMapper mapper;

    /** Sends the event and blocks until the broker acknowledged it. */
    public void publish(OutgoingEvent event) {
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UnenrichableException("cannot serialise " + event.eventType(), e);
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.articleId())
                .withHeaders(CloudEventHeaders.of(event))
                .build();
        emitter.sendMessageAndAwait(Message.of(json).addMetadata(metadata));
    }
}
