package io.wenliu.platform.events;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Kafka records sent through an emitter whose acknowledgement the sender awaits: a service sends a batch's records at
 * once and then waits for every broker ack together, failing the batch when one is refused.
 */
public final class AckedMessages {

    private AckedMessages() {}

    /**
     * Hands one record ({@code key}, {@code payload}, {@code headers}) to the emitter's channel; the future completes
     * when the broker acknowledged it, or fails with the nack's cause.
     */
    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, String key, T payload, Headers headers) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build();
        CompletableFuture<Void> ack = new CompletableFuture<>();
        emitter.send(Message.of(
                payload,
                Metadata.of(metadata),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }
}
