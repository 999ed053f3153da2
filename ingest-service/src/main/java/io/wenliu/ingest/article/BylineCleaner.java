package io.wenliu.ingest.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines and credit lists such as {@code □新华社记者 林 晖 人民日报记者 孟祥夫}, {@code 记者 王小明、李华
 * 通讯员 张三}, {@code 文/王小明} or {@code 新华社记者 程敏 摄}: removes the box mark and the layout spaces inside
 * names, and finds each credited person with their role, the authors among them, the agency and a co-publishing paper.
 */
public final class BylineCleaner {

    /** A picture credited to an agency: 据新华社发, 据新华社电. */
    private static final Pattern CREDIT = Pattern.compile("^据(?<agency>[\\p{IsHan}]{2,10}?)(?:电|发|报道)$");

    /**
     * Whether the line is a byline opened by a box mark ({@code □新华社记者 林 晖}, {@code □逄晓东}): the mark, then
     * nothing but credits or names. A bullet before a heading ({@code ●定位———一个不能缺少关怀的空间}) is not one.
     */
    public boolean startsWithMark(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || BylineTokens.MARKS.indexOf(stripped.charAt(0)) < 0) {
            return false;
        }
        String[] tokens = BylineTokens.tokens(stripped);
        return tokens.length > 0
                && tokens.length <= 24
                && (CREDIT.matcher(String.join("", tokens)).matches()
                        || BylineReading.read(tokens, true).namesOnly());
    }

    /**
     * Whether the line is a byline: a box mark, a {@code 据XX发} credit, or nothing but role words and names with at
     * least one person (or institutional byline) credited under a role.
     */
    public boolean looksLikeByline(String line) {
        return !endsASentence(line) && readsAsByline(line);
    }

    /**
     * Whether the line holds a sentence's end mark (。！？), which no byline has: every piece of a byline is a role
     * word, an outlet or a name (Han characters, {@code ·}, an outlet's {@code APP}), so such a line reads as no byline
     * anyway. A check of a few characters instead of tokenizing a paragraph of body text: the splitter asks this of
     * every line of an article.
     */
    static boolean endsASentence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    /** {@link #looksLikeByline} without the sentence-end shortcut. */
    boolean readsAsByline(String line) {
        if (startsWithMark(line)) {
            return true;
        }
        String[] tokens = BylineTokens.tokens(line);
        if (tokens.length == 0 || tokens.length > 24) {
            return false;
        }
        return CREDIT.matcher(String.join("", tokens)).matches()
                || BylineReading.read(tokens, false).isCreditList();
    }

    /** Whether the text starts with a role word, after an optional outlet: 记者王小明, 本报通讯员. */
    public boolean startsWithRole(String text) {
        return RoleWords.ROLE_START.matcher(text).find();
    }

    /** Whether the text (the inside of a bracket after a dateline, say) is a credit list and nothing else. */
    public boolean isCreditList(String text) {
        String[] tokens = BylineTokens.tokens(text);
        return tokens.length > 0
                && tokens.length <= 32
                && BylineReading.read(tokens, false).isCreditList();
    }

    /** Parses byline text (one or more lines joined with spaces). */
    public Byline parse(String raw) {
        String[] tokens = BylineTokens.tokens(raw);
        String joined = String.join("", tokens);
        Matcher credit = CREDIT.matcher(joined);
        if (credit.matches()) {
            return new Byline(joined, List.of(), credit.group("agency"), null, List.of());
        }
        return BylineReading.read(tokens, startsWithMark(raw)).byline();
    }

    /** Parses a line that holds only a person's name (e.g. {@code 柏长岭} under a commentary title), if it is one. */
    public Optional<Byline> parseBareName(String line) {
        String[] tokens = BylineTokens.tokens(line);
        String joined = String.join("", tokens);
        boolean singles = tokens.length == 1 || Arrays.stream(tokens).allMatch(t -> t.length() == 1);
        if (singles && ChineseNames.isPersonalName(joined)) {
            return Optional.of(new Byline(joined, List.of(joined), null, null, List.of(new Credit("作者", joined))));
        }
        return Optional.empty();
    }
}
