package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortOwnerTest {

    private static final String TCP = String.join(
            "\n",
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
            "   0: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123456 1 0",
            "   1: 0100007F:1F92 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 777777 1 0",
            "   2: 0100007F:9C40 0100007F:1F91 01 00000000:00000000 00:00000000 00000000     0        0 888888 1 0",
            "   3: 00000000:1F93 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 0 1 0");

    private static final String TCP6 = String.join(
            "\n",
            "  sl  local_address                         remote_address                        st tx_queue rx_queue",
            "   0: 00000000000000000000000001000000:2383 00000000000000000000000000000000:0000 0A 00000000:00000000"
                    + " 00:00000000 00000000     0        0 424242 1 0");

    @Test
    void findsTheInodeOfTheListeningSocketOnAPort() {
        assertThat(PortOwner.listeningInode(TCP, 8081)).hasValue(123456);
        assertThat(PortOwner.listeningInode(TCP6, 9091)).hasValue(424242);
    }

    @Test
    void ignoresConnectionsHeaderLinesAndSocketsWithoutInode() {
        assertThat(PortOwner.listeningInode(TCP, 8082))
                .as("established, not listening")
                .isEmpty();
        assertThat(PortOwner.listeningInode(TCP, 40000)).as("a client port").isEmpty();
        assertThat(PortOwner.listeningInode(TCP, 8083)).as("inode 0").isEmpty();
        assertThat(PortOwner.listeningInode("", 8081)).isEmpty();
    }

    @Test
    void findsThisJvmListeningOnAPortItOpened() throws IOException {
        if (!Files.isReadable(Path.of("/proc/net/tcp"))) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortOwner.pidListeningOn(socket.getLocalPort()))
                    .hasValue(ProcessHandle.current().pid());
        }
    }

    @Test
    void readsResidentMemoryAndTotalMemory() {
        assertThat(ResidentMemory.vmRssKib("Name:\tjava\nVmPeak:\t  9 kB\nVmRSS:\t  524288 kB\n"))
                .hasValue(524288);
        assertThat(ResidentMemory.vmRssKib("Name:\tkthreadd\n")).isEmpty();
        assertThat(MachineFacts.memTotalMb("MemTotal:       24576000 kB\nMemFree: 1 kB\n"))
                .isEqualTo(24000);
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertThat(ResidentMemory.kibOf(ProcessHandle.current().pid())).isPresent();
        }
    }
}
