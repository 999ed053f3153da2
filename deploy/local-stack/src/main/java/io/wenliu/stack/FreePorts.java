package io.wenliu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;

/** Finds free TCP ports on the loopback interface. */
public final class FreePorts {

    private static final int SEARCH_RANGE = 100;

    private FreePorts() {}

    /** Returns a port the operating system considers free right now. */
    public static int pick() {
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
