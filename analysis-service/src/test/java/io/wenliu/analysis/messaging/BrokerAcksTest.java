package io.wenliu.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
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
}
