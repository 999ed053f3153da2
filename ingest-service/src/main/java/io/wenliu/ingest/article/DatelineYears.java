package io.wenliu.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a dateline printed without a year (3月12日) the year that the document itself shows, or the configured one;
 * otherwise leaves it without a year. Evidence is a full date printed in the document (a newspaper page header
 * {@code 2020年3月13日 星期五}, a date in the lead) falling on the dateline's day or up to {@link #MAX_DAYS_AFTER}
 * days after it (a paper prints yesterday's dispatches). Dates in other months, years named alone (2019年) and the
 * day the file is read are never evidence. When the document shows two such years, none is taken.
 */
public final class DatelineYears {

    /** How many days after the dispatch its date may be printed (the paper of the next days). */
    static final int MAX_DAYS_AFTER = 3;

    private static final String NUMERAL = "[〇零一二三四五六七八九十]";

    /** A full date in Arabic or Chinese numerals: 2020年3月13日, 二〇二〇年三月十三日. */
    private static final Pattern FULL_DATE = Pattern.compile("(?<year>\\d{4}|" + NUMERAL + "{4})年\\s*(?<month>\\d{1,2}|"
            + NUMERAL + "{1,3})月\\s*(?<day>\\d{1,2}|" + NUMERAL + "{1,3})日(?:\\s*(?:星期|周)[一二三四五六日天])?");

    private final OptionalInt configuredYear;

    /** Years come from the document's text only. */
    public DatelineYears() {
        this(OptionalInt.empty());
    }

    /** Years come from the document's text, else {@code configuredYear} when present. */
    public DatelineYears(OptionalInt configuredYear) {
        this.configuredYear = configuredYear;
    }

    /** The dateline with a year when it lacks one and the document text (or the configuration) gives it. */
    public Dateline complete(Dateline dateline, String documentText) {
        return complete(dateline, documentText, null);
    }

    /**
     * The dateline with a year when it lacks one: from the document's text, else from the file's creation day
     * ({@code fileCreated}, may be null) when that falls on the dateline's day or up to {@link #MAX_DAYS_AFTER} days
     * after it (a day before for a document written ahead), else the configured year.
     */
    public Dateline complete(Dateline dateline, String documentText, LocalDate fileCreated) {
        return in(() -> documentText, fileCreated).complete(dateline);
    }

    /**
     * Completes the datelines of one document ({@code fileCreated} may be null): its text is asked for and read for
     * full dates once, when the first dateline without a year comes.
     */
    public InDocument in(Supplier<String> documentText, LocalDate fileCreated) {
        return new InDocument(documentText, fileCreated);
    }

    /** The datelines of one document, completed from the full dates it prints, read once. */
    public final class InDocument {
        private final Supplier<String> documentText;
        private final LocalDate fileCreated;
        private List<PrintedDate> printed;

        private InDocument(Supplier<String> documentText, LocalDate fileCreated) {
            this.documentText = documentText;
            this.fileCreated = fileCreated;
        }

        /** The dateline with a year when it lacks one (see {@link DatelineYears#complete(Dateline, String, LocalDate)}). */
        public Dateline complete(Dateline dateline) {
            if (dateline == null || dateline.year() != null || dateline.month() == null || dateline.day() == null) {
                return dateline;
            }
            Map<Integer, String> years = new LinkedHashMap<>();
            for (PrintedDate date : printed()) {
                int year = dispatchYear(date.day(), dateline);
                if (year > 0) {
                    years.putIfAbsent(year, date.text());
                }
            }
            if (years.size() == 1) {
                Map.Entry<Integer, String> found = years.entrySet().iterator().next();
                return dateline.withYear(found.getKey(), Dateline.YearSource.TEXT, found.getValue());
            }
            if (years.isEmpty() && fileCreated != null) {
                for (LocalDate day : List.of(fileCreated, fileCreated.plusDays(1))) {
                    int year = dispatchYear(day, dateline);
                    if (year > 0) {
                        return dateline.withYear(year, Dateline.YearSource.METADATA, "file created " + fileCreated);
                    }
                }
            }
            if (years.isEmpty() && configuredYear.isPresent()) {
                return dateline.withYear(configuredYear.getAsInt(), Dateline.YearSource.CONFIGURED, null);
            }
            return dateline;
        }

        private List<PrintedDate> printed() {
            if (printed == null) {
                printed = printedDates(documentText.get());
            }
            return printed;
        }
    }

    /** A valid full date printed in a document, with its text as printed. */
    private record PrintedDate(LocalDate day, String text) {}

    private static List<PrintedDate> printedDates(String documentText) {
        List<PrintedDate> dates = new ArrayList<>();
        Matcher date = FULL_DATE.matcher(documentText);
        while (date.find()) {
            try {
                dates.add(new PrintedDate(
                        LocalDate.of(
                                ChineseNumerals.value(date.group("year")),
                                ChineseNumerals.value(date.group("month")),
                                ChineseNumerals.value(date.group("day"))),
                        date.group()));
            } catch (DateTimeException e) {
                // not a calendar day (2020年2月30日): no evidence
            }
        }
        return dates;
    }

    /**
     * The year of the dispatch when a printed date falls on the dateline's day or a few days after it (of the same
     * year, or of the year before across New Year), else 0.
     */
    private static int dispatchYear(LocalDate printed, Dateline dateline) {
        int year = printed.getYear();
        for (int dispatchYear : new int[] {year, year - 1}) {
            try {
                long days =
                        ChronoUnit.DAYS.between(LocalDate.of(dispatchYear, dateline.month(), dateline.day()), printed);
                if (days >= 0 && days <= MAX_DAYS_AFTER) {
                    return dispatchYear;
                }
            } catch (DateTimeException e) {
                // 2月29日 in a year without it: not this year
            }
        }
        return 0;
    }
}
