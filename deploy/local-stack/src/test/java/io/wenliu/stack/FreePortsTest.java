package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksBindablePortsOutsideTheEphemeralRangeAndNeverTheSameOneTwice() throws IOException {
        int[] ephemeral = FreePorts.ephemeralRange();
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.pick();
            assertThat(picked.add(port)).as("port %d handed out twice", port).isTrue();
            assertThat(port >= ephemeral[0] && port <= ephemeral[1])
                    .as("port %d inside the ephemeral range %d-%d", port, ephemeral[0], ephemeral[1])
                    .isFalse();
        }
        for (int port : picked.stream().limit(20).toList()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void readsTheKernelsEphemeralRange() {
        int[] range = FreePorts.ephemeralRange();
        assertThat(range[0]).isPositive().isLessThan(range[1]);
        assertThat(range[1]).isLessThanOrEqualTo(65_535);
    }
}
