package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class BrokerAcksTest {

    @Test
    void returnsOnceEveryRecordIsAcknowledged() {
        CompletableFuture<Void> first = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> second = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> second.complete(null));

        assertThatCode(() -> BrokerAcks.await(Duration.ofSeconds(10), first, second))
                .doesNotThrowAnyException();
    }

    @Test
    void aRefusedRecordFailsTheWholeSendWithTheBrokersReason() {
        IllegalStateException refusal = new IllegalStateException("NOT_ENOUGH_REPLICAS");

        assertThatThrownBy(() -> BrokerAcks.await(
                        Duration.ofSeconds(10),
                        CompletableFuture.completedFuture(null),
                        CompletableFuture.failedFuture(refusal)))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("NOT_ENOUGH_REPLICAS")
                .hasCause(refusal);
    }

    @Test
    void aMissingAcknowledgementFailsAfterTheTimeout() {
        assertThatThrownBy(() -> BrokerAcks.await(Duration.ofMillis(50), new CompletableFuture<Void>()))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("no acknowledgement within PT0.05S")
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void eachRecordTooLargeIsReportedInItsPlaceWhileTheOthersPass() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("The message is 1100000 bytes");
        CompletableFuture<Void> late = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> late.completeExceptionally(new CompletionException(tooLarge)));

        List<RecordTooLargeException> refusals = BrokerAcks.awaitEach(
                Duration.ofSeconds(10),
                CompletableFuture.completedFuture(null),
                CompletableFuture.failedFuture(tooLarge),
                CompletableFuture.completedFuture(null),
                late);

        assertThat(refusals).hasSize(4);
        assertThat(refusals.get(0)).isNull();
        assertThat(refusals.get(1)).isSameAs(tooLarge);
        assertThat(refusals.get(2)).isNull();
        assertThat(refusals.get(3)).isSameAs(tooLarge);
    }

    @Test
    void anyOtherRefusalStillFailsTheWholeSend() {
        NetworkException down = new NetworkException("broker down");

        assertThatThrownBy(() -> BrokerAcks.awaitEach(
                        Duration.ofSeconds(10),
                        CompletableFuture.failedFuture(new RecordTooLargeException("too large")),
                        CompletableFuture.failedFuture(down)))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("broker down")
                .hasCause(down);
    }

    @Test
    void aMissingAcknowledgementStillFailsAfterTheTimeout() {
        assertThatThrownBy(() -> BrokerAcks.awaitEach(
                        Duration.ofMillis(50),
                        CompletableFuture.failedFuture(new RecordTooLargeException("too large")),
                        new CompletableFuture<Void>()))
                .isInstanceOf(PublishFailedException.class)
                .hasCauseInstanceOf(TimeoutException.class);
    }
}
