package io.wenliu.ingest.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses datelines such as {@code （新华社北京3月12日电）} into agency, place, date and an ISO date. */
public final class DatelineParser {

    private static final String AGENCY = Outlets.group("agency");
    private static final String DATE = "(?<date>(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月(?<day>\\d{1,2})日)";
    private static final Pattern BRACKETED =
            Pattern.compile("[（(]\\s*" + AGENCY + "\\s*(?<place>[\\p{IsHan}·]{0,12}?)\\s*" + DATE + "\\s*电\\s*[）)]");

    /** What the patterns ignore: the regex {@code \s} (ASCII whitespace) and the ideographic space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    /** A dateline ends within this many characters of the end of its paragraph. */
    private static final int TRAILING_WINDOW = 40;

    /** Parses a line that holds nothing but a dateline. */
    public Optional<Dateline> parseLine(String line) {
        // Most lines are not datelines: one that does not start and end with a bracket is refused without a regex.
        if (!isOpening(firstVisible(line)) || !isClosing(lastVisible(line))) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(line).replaceAll("");
        Matcher matcher = BRACKETED.matcher(compact);
        return matcher.matches() ? Optional.of(toDateline(matcher, compact)) : Optional.empty();
    }

    /** Finds a dateline at the end of a paragraph, e.g. {@code …阻击战！（新华社北京2月16日电）}. */
    public Optional<Dateline> parseTrailing(String paragraph) {
        String compact = SPACES.matcher(paragraph).replaceAll("");
        compact = compact.substring(Math.max(0, compact.length() - TRAILING_WINDOW));
        Matcher matcher = BRACKETED.matcher(compact);
        Dateline last = null;
        while (matcher.find()) {
            if (matcher.end() == compact.length()) {
                last = toDateline(matcher, matcher.group());
            }
        }
        return Optional.ofNullable(last);
    }

    private Dateline toDateline(Matcher matcher, String raw) {
        Integer year = matcher.group("year") != null ? Integer.valueOf(matcher.group("year")) : null;
        String place = matcher.group("place");
        return Dateline.printed(
                raw,
                matcher.group("agency"),
                place.isEmpty() ? null : place,
                matcher.group("date"),
                year,
                Integer.valueOf(matcher.group("month")),
                Integer.valueOf(matcher.group("day")));
    }

    private static boolean isOpening(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == ')';
    }

    /** The first char that {@link #SPACES} keeps, or NUL. */
    private static char firstVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** The last char that {@link #SPACES} keeps, or NUL. */
    private static char lastVisible(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!isSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
    }
}
