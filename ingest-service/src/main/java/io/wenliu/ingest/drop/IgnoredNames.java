package io.wenliu.ingest.drop;

import java.util.List;
import java.util.Locale;

/** Names in the drop folder that are never picked up: hidden files and partial downloads. */
public final class IgnoredNames {

    private static final List<String> PARTIAL_SUFFIXES = List.of(".part", ".tmp", ".crdownload");

    private IgnoredNames() {}

    /** Whether a file with this name must be left alone. */
    public static boolean isIgnored(String name) {
        if (name.isEmpty() || name.startsWith(".")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
