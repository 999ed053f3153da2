package io.wenliu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The CPU time a process has used, from {@code /proc/<pid>/stat}: its own user and system time, that of its children
 * it has already reaped, and that of its live descendants (PostgreSQL serves each connection from a child process).
 */
final class ProcessCpu {

    /** Clock ticks per second of the times in {@code /proc/<pid>/stat} (Linux's fixed {@code USER_HZ}). */
    static final double TICKS_PER_SECOND = 100.0;

    private static final int UTIME = 11;
    private static final int CSTIME = 14;

    private ProcessCpu() {}

    /** CPU seconds of {@code pid} and its descendants; empty when the process cannot be read (gone, not Linux). */
    static OptionalDouble secondsOf(long pid) {
        OptionalDouble own = ownSeconds(pid);
        if (own.isEmpty()) {
            return own;
        }
        double descendants = ProcessHandle.of(pid)
                .map(process -> process.descendants()
                        .mapToDouble(child -> ownSeconds(child.pid()).orElse(0))
                        .sum())
                .orElse(0.0);
        return OptionalDouble.of(own.getAsDouble() + descendants);
    }

    private static OptionalDouble ownSeconds(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))).stream()
                    .map(ticks -> ticks / TICKS_PER_SECOND)
                    .findFirst();
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * utime + stime + cutime + cstime of a {@code stat} line. The command name, in parentheses, may itself hold spaces
     * and parentheses, so fields are counted from the last closing one.
     */
    static OptionalDouble ticks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return OptionalDouble.empty();
        }
        String[] fields = stat.substring(end + 1).strip().split("\\s+");
        if (fields.length <= CSTIME) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = UTIME; i <= CSTIME; i++) {
            sum += Double.parseDouble(fields[i]);
        }
        return OptionalDouble.of(sum);
    }
}
