package io.wenliu.ingest.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Checks the file name given with an upload: a plain name, no path parts, no control characters. */
public final class UploadNames {

    private static final int MAX_LENGTH = 255;

    private UploadNames() {}

    /** The decoded, checked name; throws a 400 for a bad one. Percent-encoded UTF-8 (for headers) is decoded. */
    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ApiException(
                    400,
                    "Missing file name",
                    "give the file name in header X-File-Name or query parameter filename",
                    "filename");
        }
        String name = raw.contains("%") ? decode(raw) : raw;
        name = name.strip();
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new ApiException(400, "Bad file name", "file name must not contain path parts: " + raw, "filename");
        }
        if (name.startsWith(".")) {
            throw new ApiException(400, "Bad file name", "file name must not start with a dot: " + raw, "filename");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new ApiException(400, "Bad file name", "file name contains control characters", "filename");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new ApiException(
                    400, "Bad file name", "file name is longer than " + MAX_LENGTH + " bytes", "filename");
        }
        return name;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad file name", "file name is not valid percent-encoding: " + raw, "filename");
        }
    }
}
