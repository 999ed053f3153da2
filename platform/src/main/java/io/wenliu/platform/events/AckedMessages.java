package io.wenliu.platform.events;

import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Messages for an emitter whose acknowledgement the sender awaits: a service sends a batch's records at once and then
 * waits for every broker ack together, failing the batch when one is refused.
 */
public final class AckedMessages {

    private AckedMessages() {}

    /** A message of {@code payload} with {@code metadata}; {@code ack} completes on the ack, or fails with the nack. */
    public static <T> Message<T> of(T payload, Metadata metadata, CompletableFuture<Void> ack) {
        return Message.of(
                payload,
                metadata,
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
    }
}
