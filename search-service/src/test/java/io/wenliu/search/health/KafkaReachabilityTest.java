package io.wenliu.search.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.indexing.KafkaClientFactory;
import java.io.IOException;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** With no Kafka at the address, the check says so and still lets the service answer queries. */
class KafkaReachabilityTest {

    @Test
    void unreachableKafkaKeepsTheServiceReadyAndSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaReachability check = new KafkaReachability(
                new KafkaClientFactory(java.util.Map.of("bootstrap.servers", "127.0.0.1:" + closedPort)));
        try {
            HealthCheckResponse response = check.call();

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData())
                    .hasValueSatisfying(data ->
                            assertThat(data).containsEntry("reachable", false).containsKey("error"));
        } finally {
            check.close();
        }
    }
}
