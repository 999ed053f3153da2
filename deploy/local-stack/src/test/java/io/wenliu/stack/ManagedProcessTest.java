package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void anExitReportsTheLogsFirstErrorsEvenWhenShutdownNoiseFillsItsTail() {
        String script = "echo starting; echo '[ERROR][o.o.b.Bootstrap] BindHttpException: Failed to bind to [9200]';"
                + " echo 'java.net.BindException: Address already in use'; "
                + "for i in $(seq 1 60); do echo \"[WARN] shutting down $i\"; done; exit 1";
        try (ManagedProcess process = ManagedProcess.start(
                "failing", List.of("sh", "-c", script), Map.of(), dir, dir.resolve("failing.log"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !process.isAlive());

            assertThatThrownBy(process::requireAlive)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code 1")
                    .hasMessageContaining("BindHttpException: Failed to bind to [9200]")
                    .hasMessageContaining("java.net.BindException: Address already in use")
                    .hasMessageContaining("shutting down 60")
                    .hasMessageNotContaining("starting");
        }
    }
}
