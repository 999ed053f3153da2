package io.wenliu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class AckedMessagesTest {

    @Test
    void theFutureCompletesWhenTheMessageIsAcked() {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Message<String> message = AckedMessages.of("payload", Metadata.empty(), ack);

        assertThat(ack).isNotDone();
        message.ack();

        assertThat(ack).isCompleted();
        assertThat(message.getPayload()).isEqualTo("payload");
    }

    @Test
    void theFutureFailsWithTheNacksCause() {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        IllegalStateException refused = new IllegalStateException("refused by the broker");

        AckedMessages.of("payload", Metadata.empty(), ack).nack(refused);

        assertThat(ack).isCompletedExceptionally();
        assertThat(ack.handle((ok, failure) -> failure)).isCompletedWithValue(refused);
    }
}
