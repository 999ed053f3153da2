package io.wenliu.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.messaging.PublishFailedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class RetryReasonTest {

    @Test
    void aDatabaseFailureIsFoundAnywhereInTheCauseChain() {
        Throwable failure = new IllegalStateException(
                "batch failed", new RuntimeException(new SQLTransientConnectionException("connection refused")));

        assertThat(RetryReason.of(failure)).isEqualTo("database");
    }

    @Test
    void aRefusalOrAMissingAcknowledgementFromTheBrokerIsTheBrokers() {
        assertThat(RetryReason.of(new NotEnoughReplicasException("2 of 3"))).isEqualTo("broker");
        assertThat(RetryReason.of(
                        new PublishFailedException("no acknowledgement within PT30S", new TimeoutException())))
                .isEqualTo("broker");
    }

    @Test
    void anythingElseIsOther() {
        assertThat(RetryReason.of(new IllegalStateException("boom", new TimeoutException())))
                .isEqualTo("other");
        assertThat(RetryReason.ALL).containsExactly("database", "broker", "other");
    }
}
