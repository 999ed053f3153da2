package io.wenliu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Finds the process listening on a local TCP port without external tools: the socket inode of the LISTEN entry in
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6}, then the process whose {@code /proc/<pid>/fd} links to it.
 */
final class PortOwner {

    private static final String LISTEN = "0A";
    private static final Path PROC = Path.of("/proc");

    private PortOwner() {}

    /** The pid listening on {@code port}, if it can be found (Linux, and the process is visible to this user). */
    static OptionalLong pidListeningOn(int port) {
        for (String table : new String[] {"net/tcp", "net/tcp6"}) {
            try {
                OptionalLong inode = listeningInode(Files.readString(PROC.resolve(table)), port);
                if (inode.isPresent()) {
                    return pidHolding(inode.getAsLong());
                }
            } catch (IOException e) {
                // no such table (no IPv6, not Linux): try the next
            }
        }
        return OptionalLong.empty();
    }

    /** The inode of the socket in LISTEN state on local port {@code port} in a {@code /proc/net/tcp*} table. */
    static OptionalLong listeningInode(String table, int port) {
        for (String line : table.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 10 || !fields[0].endsWith(":")) {
                continue;
            }
            String local = fields[1];
            int colon = local.lastIndexOf(':');
            if (colon < 0 || !LISTEN.equals(fields[3])) {
                continue;
            }
            try {
                if (Integer.parseInt(local.substring(colon + 1), 16) == port) {
                    long inode = Long.parseLong(fields[9]);
                    if (inode != 0) {
                        return OptionalLong.of(inode);
                    }
                }
            } catch (NumberFormatException e) {
                // not a socket line
            }
        }
        return OptionalLong.empty();
    }

    /** The first process with an open file descriptor on {@code socket:[inode]}. */
    static OptionalLong pidHolding(long inode) {
        String target = "socket:[" + inode + "]";
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                if (holds(process, target)) {
                    return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            // no /proc
        }
        return OptionalLong.empty();
    }

    private static boolean holds(Path process, String target) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).toString().equals(target)) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile, or not ours to read
                }
            }
        } catch (IOException e) {
            // gone, or not ours to read
        }
        return false;
    }
}
