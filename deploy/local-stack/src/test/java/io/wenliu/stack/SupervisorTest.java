package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervised process that is killed comes back; once the supervisor is closed, nothing is restarted. */
class SupervisorTest {

    @TempDir
    Path dir;

    private ManagedProcess sleeper() {
        return ManagedProcess.start("sleeper", List.of("sleep", "600"), Map.of(), dir, dir.resolve("sleeper.log"));
    }

    private static void kill(ManagedProcess process) {
        ProcessHandle.of(process.commandPid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void killedProcessIsRestartedAndCounted() {
        AtomicReference<ManagedProcess> current = new AtomicReference<>(sleeper());
        try (Supervisor supervisor = new Supervisor()) {
            supervisor.watch("sleeper", () -> current.get().isAlive(), () -> current.set(sleeper()));
            ManagedProcess first = current.get();

            kill(first);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> supervisor.restarts().get("sleeper") == 1);
            assertThat(current.get()).isNotSameAs(first);
            assertThat(current.get().isAlive()).isTrue();
            assertThat(supervisor.status()).contains("sleeper 1x");
        } finally {
            current.get().close();
        }
    }

    @Test
    void nothingIsRestartedAfterClose() throws Exception {
        AtomicReference<ManagedProcess> current = new AtomicReference<>(sleeper());
        Supervisor supervisor = new Supervisor();
        supervisor.watch("sleeper", () -> current.get().isAlive(), () -> current.set(sleeper()));
        ManagedProcess first = current.get();

        supervisor.close();
        first.close();

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> current.get() == first && supervisor.restarts().get("sleeper") == 0);
    }
}
