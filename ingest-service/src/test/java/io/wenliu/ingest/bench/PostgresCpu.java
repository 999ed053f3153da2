package io.wenliu.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU used so far by a local PostgreSQL server (the postmaster, its reaped children and its live ones), from /proc. */
final class PostgresCpu {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private PostgresCpu() {}

    /** Nanoseconds of CPU of the server whose postmaster has this pid; -1 if /proc cannot tell. */
    static long nanos(long postmasterPid) {
        long[] postmaster = stat(Path.of("/proc", Long.toString(postmasterPid), "stat"));
        if (postmaster == null) {
            return -1;
        }
        long ticks = postmaster[1] + postmaster[2] + postmaster[3] + postmaster[4];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                long[] child = stat(dir.resolve("stat"));
                if (child != null && child[0] == postmasterPid) {
                    ticks += child[1] + child[2];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }

    /** The parent of a PostgreSQL backend process: its postmaster; -1 if /proc cannot tell. */
    static long postmasterOf(long backendPid) {
        long[] backend = stat(Path.of("/proc", Long.toString(backendPid), "stat"));
        return backend == null ? -1 : backend[0];
    }

    /** The parent pid, utime, stime, cutime and cstime of a process, or null if it is gone. */
    private static long[] stat(Path file) {
        try {
            String line = Files.readString(file);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {
                Long.parseLong(fields[1]),
                Long.parseLong(fields[11]),
                Long.parseLong(fields[12]),
                Long.parseLong(fields[13]),
                Long.parseLong(fields[14])
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
