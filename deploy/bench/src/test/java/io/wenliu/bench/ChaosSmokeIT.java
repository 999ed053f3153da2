package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI-sized fault run ({@code deploy/chaos.sh} with 60 articles and three of the six faults): analysis, PostgreSQL
 * and Kafka are killed with SIGKILL while articles stream in, after poison on every input topic and a binary file;
 * every article must be searchable exactly once, the ledger complete, and the dead letters exactly the poison's.
 */
class ChaosSmokeIT {

    @TempDir
    static Path tempDir;

    @Test
    void nothingIsLostOrDuplicatedWhenComponentsAreKilled() throws Exception {
        List<String> faults = List.of("analysis-service", "PostgreSQL", "Kafka");
        try (LocalStack stack =
                LocalStack.start(StackOptions.ephemeral(ProjectRoot.find(), tempDir.resolve("stack")))) {
            ChaosRun.ChaosReport report = Chaos.run(stack, 60, 4, faults, 42, Duration.ofMinutes(4), tempDir);

            Console.result(Chaos.render(report));
            assertThat(report.searchable()).isEqualTo(60);
            assertThat(report.faults()).extracting(ChaosRun.Fault::component).containsExactlyElementsOf(faults);
            assertThat(report.faults())
                    .allSatisfy(fault -> assertThat(fault.recoverySeconds()).isPositive());
            assertThat(report.deadLetters())
                    .as("dead letters: the poison's and no others")
                    .isEqualTo(ChaosRun.expectedDeadLetters(report.run()));
            assertThat(report.poisonFileFailed())
                    .as("poison file in failed/ with its reason")
                    .isTrue();
            assertThat(report.passed()).isTrue();
            assertThat(stack.restarts()).containsEntry("analysis-service", 1).containsEntry("PostgreSQL", 1);
        }
    }
}
