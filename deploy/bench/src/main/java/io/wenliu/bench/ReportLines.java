package io.wenliu.bench;

import java.util.Locale;

/** The text of a report table, built a line at a time, and how it spells seconds, counts and absent figures. */
final class ReportLines {

    static final String NA = "n/a";

    private final StringBuilder out = new StringBuilder();

    /** Appends one line, {@code format} filled in with {@code args} ({@link Locale#ROOT}). */
    void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String count(Long value) {
        return value == null ? NA : value.toString();
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
