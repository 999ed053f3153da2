package io.wenliu.analysis.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for the broker's acknowledgements of records sent together; a refusal or a timeout is a transient failure. */
final class BrokerAcks {

    private BrokerAcks() {}

    /** Returns once every ack arrived; throws {@link PublishFailedException} if one was refused or late. */
    static void await(Duration timeout, CompletableFuture<?>... acks) {
        try {
            CompletableFuture.allOf(acks).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for acknowledgements", e);
        } catch (ExecutionException e) {
            throw new PublishFailedException("the broker refused a record: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("no acknowledgement within " + timeout, e);
        }
    }
}
