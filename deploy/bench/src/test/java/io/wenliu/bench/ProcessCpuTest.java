package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void sumsOwnAndReapedChildrenTimesCountingFieldsAfterTheLastParenthesis() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 30 0";

        assertThat(ProcessCpu.ticks(stat)).hasValue(310);
        assertThat(ProcessCpu.ticks("4242 (truncated) S 1 2")).isEmpty();
        assertThat(ProcessCpu.ticks("no parenthesis")).isEmpty();
    }

    @Test
    void countsTheCpuOfLiveDescendants() throws Exception {
        Process child = new ProcessBuilder(
                        "sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; exec sleep 60")
                .start();
        try {
            Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> ProcessCpu.secondsOf(child.pid()).orElse(0) >= 0.2);
            double childSeconds = ProcessCpu.secondsOf(child.pid()).orElseThrow();
            long self = ProcessHandle.current().pid();

            double withDescendants = ProcessCpu.secondsOf(self).orElseThrow();
            double ownOnly = ProcessCpu.ticks(Files.readString(Path.of("/proc/self/stat")))
                            .orElseThrow()
                    / ProcessCpu.TICKS_PER_SECOND;

            assertThat(withDescendants - ownOnly).isCloseTo(childSeconds, within(0.05));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aProcessThatDoesNotExistHasNoFigure() {
        assertThat(ProcessCpu.secondsOf(Long.MAX_VALUE)).isEqualTo(OptionalDouble.empty());
    }
}
