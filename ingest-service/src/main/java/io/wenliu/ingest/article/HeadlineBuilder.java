package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises headline lines and builds a title and subtitle from them, repairing bold-font doubling. */
public final class HeadlineBuilder {

    /** Longest headline line, in characters, after doubling repair. */
    static final int MAX_HEADLINE_LENGTH = 40;

    /** Title lines at least this long on both sides of a break are separate phrases and get a space between them. */
    static final int PHRASE_LENGTH = 5;

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，；！？!?;]");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—－\\-―─\\s]+");

    /** A bullet set before a heading (●定位), which is layout, not part of the title. */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[●■◆▲★☆◎•]\\s*");

    private final DoubledGlyphRepairer doubledGlyphRepairer = new DoubledGlyphRepairer();

    /** The line as a headline: a leading bullet dropped, doubling repaired, whitespace runs collapsed to one space. */
    public String clean(String line) {
        String unbulleted =
                LEADING_BULLET.matcher(line.replace('\u3000', ' ').strip()).replaceFirst("");
        String repaired = doubledGlyphRepairer.repair(unbulleted);
        return repaired.replaceAll("\\s+", " ");
    }

    /** Whether the line can be part of a headline block: short, no sentence punctuation. */
    public boolean isHeadlineLike(String line) {
        String cleaned = clean(line);
        int length = cleaned.codePointCount(0, cleaned.length());
        return length > 0
                && length <= MAX_HEADLINE_LENGTH
                && !SENTENCE_PUNCTUATION.matcher(cleaned).find();
    }

    /** Whether the headline line is a subtitle (it starts with a dash). */
    public boolean isSubtitle(String line) {
        String cleaned = clean(line);
        return !cleaned.isEmpty() && "—－-―─".indexOf(cleaned.charAt(0)) >= 0;
    }

    /** Joins title lines: separate phrases get a space, fragments of a narrow column none. */
    public String title(List<String> lines) {
        List<String> cleaned = new ArrayList<>();
        for (String line : lines) {
            String c = clean(line);
            if (!c.isEmpty()) {
                cleaned.add(c);
            }
        }
        if (cleaned.isEmpty()) {
            return null;
        }
        StringBuilder title = new StringBuilder(cleaned.get(0));
        for (int i = 1; i < cleaned.size(); i++) {
            String previous = cleaned.get(i - 1);
            String next = cleaned.get(i);
            boolean phrases = length(previous) >= PHRASE_LENGTH && length(next) >= PHRASE_LENGTH;
            title.append(phrases ? " " : "").append(next);
        }
        return title.toString();
    }

    /** Joins subtitle lines without spaces and drops the leading dashes. */
    public String subtitle(List<String> lines) {
        StringBuilder subtitle = new StringBuilder();
        for (String line : lines) {
            subtitle.append(clean(line).replace(" ", ""));
        }
        String text = LEADING_DASHES.matcher(subtitle).replaceFirst("").strip();
        return text.isEmpty() ? null : text;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
