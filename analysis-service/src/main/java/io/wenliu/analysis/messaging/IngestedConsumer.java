package io.wenliu.analysis.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code articles.ingested}; records that cannot be handled go to the dead-letter topic, consumption goes on. */
@ApplicationScoped
public class IngestedConsumer {
    @Inject
    ObjectMapper mapper;

    @Inject
    ArticleProcessor processor;

    @Inject
    DeadLetterPublisher deadLetters;

    @Incoming(Topics.INGESTED_CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IngestedEvent event;
        try {
            event = parse(record.value());
        } catch (InvalidEventException e) {
            deadLetters.send(record, "unparseable: " + e.getMessage(), e.getCause() == null ? e : e.getCause());
            return;
        }
        try {
            processor.process(event);
        } catch (UnenrichableException e) {
            deadLetters.send(record, "unenrichable: " + e.getMessage(), e);
        } catch (InvalidEventException e) {
            deadLetters.send(record, "invalid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deadLetters.send(record, "failed after retries: " + e.getMessage(), e);
        }
    }

    IngestedEvent parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("empty record value", null);
        }
        IngestedEvent event;
        try {
            event = mapper.readValue(value, IngestedEvent.class);
        } catch (Exception e) {
            throw new InvalidEventException(
                    "not an event envelope (" + e.getClass().getSimpleName() + ")", e);
        }
        if (event.eventId() == null
                || event.articleId() == null
                || event.eventType() == null
                || event.payload() == null) {
            throw new InvalidEventException("envelope lacks eventId, articleId, eventType or payload", null);
        }
        return event;
    }
}
