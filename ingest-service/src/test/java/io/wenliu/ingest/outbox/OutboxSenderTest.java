package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

    @Test
    void onlyARecordTooLargeForTheBrokerIsNeverAccepted() {
        assertThat(OutboxSender.neverAccepted(new ExecutionException(new RecordTooLargeException("1480218 bytes"))))
                .isTrue();
        assertThat(OutboxSender.neverAccepted(new RecordTooLargeException("too large")))
                .isTrue();
        assertThat(OutboxSender.neverAccepted(new ExecutionException(new NetworkException("broker gone"))))
                .isFalse();
        assertThat(OutboxSender.neverAccepted(new TimeoutException("no ack"))).isFalse();
    }
}
