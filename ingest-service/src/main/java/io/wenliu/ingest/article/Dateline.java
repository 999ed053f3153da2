package io.wenliu.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A dateline such as （新华社北京3月12日电）, split into its parts. The date is kept with what is known of it: the day
 * (and month, when printed), and a year only when it is printed, found in the document's text or metadata, or configured; never
 * the year the file happens to be read in.
 *
 * @param date the date as printed (3月12日), or null
 * @param year the year, or null when nothing gives it
 * @param month the month, or null when the dateline prints the day only (12日)
 * @param day the day of the month, or null when no date is printed
 * @param yearSource where the year comes from, or null with the year
 * @param yearEvidence the text that gave an inferred year (2020年3月13日 星期五), or null
 */
public record Dateline(
        String raw,
        String agency,
        String place,
        String date,
        Integer year,
        Integer month,
        Integer day,
        YearSource yearSource,
        String yearEvidence) {

    /** A dateline as parsed: the year only when printed in it. */
    static Dateline printed(
            String raw, String agency, String place, String date, Integer year, Integer month, Integer day) {
        return new Dateline(raw, agency, place, date, year, month, day, year == null ? null : YearSource.PRINTED, null);
    }

    /** This dateline with a year it does not print, from the given source. */
    Dateline withYear(int inferred, YearSource source, String evidence) {
        return new Dateline(raw, agency, place, date, inferred, month, day, source, evidence);
    }

    /** The date as YYYY-MM-DD when year, month and day are known and form a real day, else null. */
    public String isoDate() {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Where a dateline's year comes from. */
    public enum YearSource {
        /** Printed in the dateline itself. */
        PRINTED,
        /** A full date elsewhere in the document (a page header, the lead) on or just after the dateline's day. */
        TEXT,
        /** The creation date in the file's metadata (PDF, DOCX), on the dateline's day or just after it. */
        METADATA,
        /** The operator's default year for dates printed without one ({@code dateline-default-year}). */
        CONFIGURED;

        /** The name used in events: printed, text, metadata, configured. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
