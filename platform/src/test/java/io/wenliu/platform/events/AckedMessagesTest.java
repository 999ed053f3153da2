package io.wenliu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class AckedMessagesTest {

    private final RecordingEmitter emitter = new RecordingEmitter();

    @Test
    void theFutureCompletesWhenTheMessageIsAcked() {
        CompletableFuture<Void> ack = AckedMessages.send(emitter, "a-1", "payload", new RecordHeaders());

        assertThat(ack).isNotDone();
        Message<String> message = emitter.sent.get(0);
        message.ack();

        assertThat(ack).isCompleted();
        assertThat(message.getPayload()).isEqualTo("payload");
    }

    @Test
    void theFutureFailsWithTheNacksCause() {
        IllegalStateException refused = new IllegalStateException("refused by the broker");

        CompletableFuture<Void> ack = AckedMessages.send(emitter, "a-1", "payload", new RecordHeaders());
        emitter.sent.get(0).nack(refused);

        assertThat(ack).isCompletedExceptionally();
        assertThat(ack.handle((ok, failure) -> failure)).isCompletedWithValue(refused);
    }

    @Test
    void theRecordCarriesTheKeyAndTheHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));

        AckedMessages.send(emitter, "a-1", "payload", headers);

        OutgoingKafkaRecordMetadata<?> metadata = emitter.sent
                .get(0)
                .getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertThat(metadata.getKey()).isEqualTo("a-1");
        assertThat(new String(metadata.getHeaders().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo("e-1");
    }

    /** Keeps what is sent, acknowledges nothing by itself. */
    private static final class RecordingEmitter implements Emitter<String> {
        final List<Message<String>> sent = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(String payload) {
            throw new UnsupportedOperationException("only messages are sent");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <M extends Message<? extends String>> void send(M message) {
            sent.add((Message<String>) message);
        }

        @Override
        public void complete() {}

        @Override
        public void error(Exception e) {}

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
