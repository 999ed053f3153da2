package io.wenliu.analysis.messaging;

import io.wenliu.platform.errors.Causes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Waits for the broker's acknowledgements of records sent together. A refusal or a timeout is a transient failure,
 * except, where the caller asks, a record too large for the producer or the topic ({@link RecordTooLargeException}),
 * which no retry can send.
 */
final class BrokerAcks {

    private BrokerAcks() {}

    /** Returns once every ack arrived; throws {@link PublishFailedException} if one was refused or late. */
    static void await(Duration timeout, CompletableFuture<?>... acks) {
        for (Throwable failure : failures(timeout, acks)) {
            if (failure != null) {
                throw refused(failure);
            }
        }
    }

    /**
     * Returns once every ack arrived: per record, in order, null when it was acknowledged, or the {@link
     * RecordTooLargeException} of a record too large ever to be accepted. Throws {@link PublishFailedException} if any
     * other record was refused or late.
     */
    static List<RecordTooLargeException> awaitEach(Duration timeout, CompletableFuture<?>... acks) {
        List<RecordTooLargeException> refusals = new ArrayList<>(acks.length);
        for (Throwable failure : failures(timeout, acks)) {
            RecordTooLargeException tooLarge = Causes.find(failure, RecordTooLargeException.class);
            if (failure != null && tooLarge == null) {
                throw refused(failure);
            }
            refusals.add(tooLarge);
        }
        return refusals;
    }

    /** Waits until every ack completed; per record, null or its failure. Throws if one is late. */
    private static List<Throwable> failures(Duration timeout, CompletableFuture<?>... acks) {
        try {
            CompletableFuture.allOf(acks).exceptionally(e -> null).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for acknowledgements", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("failures are recovered", e);
        } catch (TimeoutException e) {
            throw new PublishFailedException("no acknowledgement within " + timeout, e);
        }
        List<Throwable> failures = new ArrayList<>(acks.length);
        for (CompletableFuture<?> ack : acks) {
            failures.add(ack.handle((ok, failure) -> failure).join());
        }
        return failures;
    }

    private static PublishFailedException refused(Throwable failure) {
        return new PublishFailedException("the broker refused a record: " + failure, failure);
    }
}
