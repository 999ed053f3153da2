package io.wenliu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report as JSON to {@code <dir>/<run id>.json} and {@code <dir>/latest.json}. */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    /** Returns the file named after the run. */
    static Path write(BenchReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(report.runId() + ".json");
            JSON.writeValue(file.toFile(), report);
            Files.copy(file, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the results to " + dir, e);
        }
    }

    /** The report as JSON text. */
    static String toJson(BenchReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
