package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds free TCP ports on the loopback interface. Picked ports lie below the kernel's ephemeral range: a port from
 * inside it can be taken by any outgoing connection (a Kafka broker's, an OpenSearch node's) between the pick and the
 * moment the process it was picked for binds it.
 */
public final class FreePorts {

    private static final int SEARCH_RANGE = 100;
    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int[] EPHEMERAL = ephemeralRange();

    private FreePorts() {}

    /**
     * Returns a port the operating system considers free right now, outside the ephemeral range and never one this
     * JVM handed out before.
     */
    public static int pick() {
        int below = EPHEMERAL[0] - LOWEST;
        int above = 65_535 - EPHEMERAL[1];
        if (Math.max(below, above) < 1_000) {
            return anyPort();
        }
        int from = below >= above ? LOWEST : EPHEMERAL[1] + 1;
        int count = Math.max(below, above);
        int start = ThreadLocalRandom.current().nextInt(count);
        for (int i = 0; i < count; i++) {
            int port = from + (start + i) % count;
            if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return anyPort();
    }

    /** The kernel's ephemeral port range (low, high); Linux's default if it cannot be read. */
    static int[] ephemeralRange() {
        try {
            String[] bounds = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {32_768, 60_999};
        }
    }

    private static int anyPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /** Returns {@code preferred} if free, else the next free port above it; 0 means any free port. */
    public static int preferredOrNext(int preferred) {
        if (preferred == 0) {
            return pick();
        }
        for (int port = preferred; port < preferred + SEARCH_RANGE; port++) {
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port in " + preferred + ".." + (preferred + SEARCH_RANGE));
    }

    /**
     * Like {@link #preferredOrNext(int)}, but never one of {@code excluded} (ports already handed to processes that
     * have not bound them yet).
     */
    public static int preferredOrNext(int preferred, Set<Integer> excluded) {
        if (preferred == 0) {
            for (int attempt = 0; attempt < SEARCH_RANGE; attempt++) {
                int port = pick();
                if (!excluded.contains(port)) {
                    return port;
                }
            }
            throw new IllegalStateException("No free port outside " + excluded);
        }
        for (int port = preferred; port < preferred + SEARCH_RANGE; port++) {
            if (!excluded.contains(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port in " + preferred + ".." + (preferred + SEARCH_RANGE));
    }

    /** Whether nothing listens on 127.0.0.1:{@code port}. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
