package io.wenliu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The resident memory of a process: {@code VmRSS} from {@code /proc/<pid>/status}. */
final class ResidentMemory {

    private ResidentMemory() {}

    /** VmRSS of {@code pid} in KiB, if readable. */
    static OptionalLong kibOf(long pid) {
        try {
            return vmRssKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmRSS:  123456 kB} line of a status file, in KiB. */
    static OptionalLong vmRssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).strip().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(fields[0]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
