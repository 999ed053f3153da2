package io.wenliu.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a command in a small bash watchdog that stops it (SIGTERM) when this JVM dies without running its shutdown
 * hooks (SIGKILL, a killed test fork), so no server outlives the process that started it.
 */
final class OrphanGuard {

    private static final String SCRIPT = String.join(
            "\n",
            "parent=$1; shift",
            "\"$@\" &",
            "child=$!",
            "trap 'kill -TERM \"$child\" 2>/dev/null' TERM INT HUP",
            "while kill -0 \"$parent\" 2>/dev/null; do",
            "  sleep 2 & nap=$!",
            "  wait -n \"$child\" \"$nap\" 2>/dev/null",
            "  kill \"$nap\" 2>/dev/null",
            "  kill -0 \"$child\" 2>/dev/null || break",
            "done",
            "kill -TERM \"$child\" 2>/dev/null",
            "wait \"$child\"");

    private OrphanGuard() {}

    /** {@code command} run under the watchdog, or unchanged where there is no bash. */
    static List<String> wrap(List<String> command) {
        if (!Files.isExecutable(Path.of("/bin/bash"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "/bin/bash",
                "-c",
                SCRIPT,
                "wenliu-guard",
                Long.toString(ProcessHandle.current().pid())));
        wrapped.addAll(command);
        return wrapped;
    }
}
