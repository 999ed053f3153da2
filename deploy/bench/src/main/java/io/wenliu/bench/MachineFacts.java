package io.wenliu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was measured on: cores, total memory, operating system and Java version. */
public record MachineFacts(int cores, Long totalMemoryMb, String os, String java) {

    static MachineFacts current() {
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                readTotalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    /** {@code MemTotal} of {@code /proc/meminfo} in MB; null where there is none. */
    static Long readTotalMemoryMb() {
        try {
            return memTotalMb(Files.readString(Path.of("/proc/meminfo")));
        } catch (IOException e) {
            return null;
        }
    }

    static Long memTotalMb(String meminfo) {
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                String[] fields = line.substring("MemTotal:".length()).strip().split("\\s+");
                return Long.parseLong(fields[0]) / 1024;
            }
        }
        return null;
    }
}
