package io.wenliu.stack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The build step of deploy/launcher.sh (sourced by run-local.sh and bench.sh), Maven replaced by echo. */
class LauncherScriptTest {

    @Test
    void buildingTheBenchmarkLeavesTheServicesRunnableJarsAsTheyAre() throws Exception {
        String output = buildNeeded("deploy/local-stack", "deploy/bench");

        assertThat(output)
                .contains("mvn -B -q -Dmaven.test.skip=true -Dquarkus.build.skip=true")
                .contains("-pl deploy/local-stack,deploy/bench -am package");
    }

    @Test
    void aStaleServiceIsPackaged() throws Exception {
        String output = buildNeeded("analysis-service", "deploy/bench");

        assertThat(output)
                .contains("-pl analysis-service,deploy/bench -am package")
                .doesNotContain("quarkus.build.skip");
    }

    @Test
    void nothingStaleBuildsNothing() throws Exception {
        assertThat(buildNeeded()).isEmpty();
    }

    /** What build_needed prints and would run for these stale modules. */
    private static String buildNeeded(String... modules) throws IOException, InterruptedException {
        String script = "source deploy/launcher.sh && MVN=(echo mvn) && modules=(" + String.join(" ", modules)
                + ") && build_needed";
        Process bash = new ProcessBuilder("bash", "-c", script)
                .directory(ProjectRoot.find().toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), UTF_8);
        assertThat(bash.waitFor()).as(output).isZero();
        return output;
    }
}
