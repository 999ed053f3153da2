package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The JVM options the local stack gives analysis: its compiler directives load and keep C2 to the segmenter. */
class AnalysisCompilerDirectivesTest {

    private static final Path PROJECT_ROOT = ProjectRoot.find();

    @Test
    void theJvmLoadsTheDirectives() throws Exception {
        String output = java(List.of("-version"));

        assertThat(output).contains("5 compiler directives added").doesNotContain("Could not load");
    }

    @Test
    void codeOutsideTheSegmenterIsCompiledByC1Only() throws Exception {
        String output = java(List.of(
                "-XX:+PrintCompilation", "-cp", System.getProperty("java.class.path"), HotLoop.class.getName()));

        List<String> hotLoopCompilations = output.lines()
                .filter(line -> line.contains(HotLoop.class.getName() + "::spin"))
                .toList();
        assertThat(hotLoopCompilations).as("compiled at all").isNotEmpty();
        assertThat(hotLoopCompilations)
                .as("never at level 4 (C2)")
                .noneMatch(line -> line.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+.*"));
    }

    @Test
    void theSegmenterPackagesNamedByTheDirectivesExist() {
        assertThat(PROJECT_ROOT.resolve("analysis-service/src/main/java/io/wenliu/analysis/segment"))
                .isDirectory();
        assertThat(PROJECT_ROOT.resolve("platform/src/main/java/io/wenliu/platform/segment"))
                .isDirectory();
    }

    private static String java(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntimes.current().java().toString());
        command.addAll(ServiceProcess.jvmOptions(PROJECT_ROOT, "analysis-service"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    /** A loop hot enough for C2 (level 4) unless the directives keep it at C1. */
    public static final class HotLoop {
        public static void main(String[] args) {
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                sum = spin(sum);
            }
            System.out.println(sum);
        }

        static long spin(long seed) {
            long s = seed;
            for (int i = 0; i < 1_000; i++) {
                s += (i * 31L) ^ s;
            }
            return s;
        }
    }
}
