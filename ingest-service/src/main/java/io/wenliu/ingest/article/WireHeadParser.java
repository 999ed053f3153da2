package io.wenliu.ingest.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the head of a wire story at the start of a paragraph, following the Chinese newswire conventions:
 *
 * <pre>
 * head     = [据] outlet ( [place] [date] (电 | 讯) | [place] date 消息 | 消息 | 报道 ) [credits | (program)：] [：|，]
 *          | 【 outlet [综合报道 | 报道] [驻 place] [credit list] 】   (【环球时报驻德国特约记者 柯梦琳】)
 *          | credits                                 (a reporter bracket alone: （记者 王小明）)
 * date     = [yyyy年] [m月] d日
 * credits  = (（ | ( | 【 | [) credit list (） | ) | 】 | ])
 *          | role name … 报道                         (本报讯 记者王小明 通讯员李四报道：)
 * </pre>
 *
 * A credit list is what {@link BylineCleaner#isCreditList} accepts (记者 王小明、李华 通讯员 张三). The body starts
 * after the head and the colon, comma or spaces that end it.
 */
public final class WireHeadParser {

    /** A date in Arabic or Chinese numerals: 3月12日, 2021年3月12日, 12日, 五月十五日, 一九九八年五月十五日. */
    private static final String DATE = "(?<date>(?:(?<year>\\d{4}|[〇零一二三四五六七八九]{4})年)?"
            + "(?:(?<month>\\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?<day>\\d{1,2}|[一二三四五六七八九十]{1,3})日)";

    /** 电 that starts a word (电视, 电话, 电网, …) or 讯 that ends one (通讯, 资讯, …) is not a dateline's. */
    private static final String MARKER = "(?:(?<dian>电)(?![视台话影脑力网子器站池梯缆])|(?<![通资喜简音快视短])(?<xun>讯)(?!息|号))";

    private static final Pattern DATELINE = Pattern.compile("^[\\s　]*(?<ju>据)?[\\s　]*" + Outlets.group("outlet")
            + "(?:[\\s　]*(?<place>[\\p{IsHan}·]{1,12}?)??[\\s　]*" + DATE + "?[\\s　]*(?:" + MARKER + "|(?<=日)消息)"
            + "|(?<news>消息|报道))");

    private static final Pattern BRACKET = Pattern.compile("^[\\s　]*[（(【\\[](?<credits>[^（）()【】\\[\\]]{2,60})[）)】\\]]");

    /** Credits written without a bracket, closed by 报道: 记者王小明 通讯员李四报道. */
    private static final Pattern REPORTED = Pattern.compile("^[\\s　]*(?<credits>[^，。：:；！？]{3,40}?)报道(?=[\\s　]*[：:，,])");

    /** A whole head in a bracket: 【环球时报综合报道】, 【环球时报报道 记者 谷雨辰】. */
    private static final Pattern BRACKETED_HEAD = Pattern.compile("^[\\s　]*[【\\[（(]" + Outlets.group("outlet")
            + "(?<kind>综合报道|报道|消息|讯)?(?<rest>[^【】\\[\\]（）()]{0,40})[】\\]）)]");

    /** A correspondent's post before the role: 驻德国特约记者. */
    private static final Pattern POSTED = Pattern.compile("^[\\s　]*驻[\\p{IsHan}]{1,8}?(?=特约|首席|记者)");

    /** A short bracket closed by a colon after the dateline names a programme or column: 央视网消息（新闻联播）：. */
    private static final Pattern PROGRAMME =
            Pattern.compile("^[\\s　]*[（(【\\[][^（）()【】\\[\\]]{1,12}[）)】\\]](?=[\\s　]*[：:])");

    private static final Pattern WORD = Pattern.compile("[^\\s　]+");

    /** Credits written without a bracket have at most this many space-separated words. */
    private static final int MAX_LOOSE_CREDIT_WORDS = 8;

    private static final Pattern END = Pattern.compile("^[\\s　]*[：:，,]?[\\s　]*");

    private final BylineCleaner bylineCleaner = new BylineCleaner();

    /** The head opening the paragraph and where the body starts after it, if the paragraph opens with one. */
    public Optional<Cut> parse(String paragraph) {
        Matcher dateline = DATELINE.matcher(paragraph);
        int end;
        Dateline parsed = null;
        String source = null;
        if (dateline.find()) {
            end = dateline.end();
            source = dateline.group("outlet");
            if (dateline.group("place") != null || dateline.group("date") != null) {
                parsed = toDateline(
                        dateline, paragraph.substring(dateline.start(), end).strip());
            }
        } else {
            end = 0;
        }
        Byline credits = null;
        if (end == 0) {
            Optional<Cut> bracketed = bracketedHead(paragraph);
            if (bracketed.isPresent()) {
                return bracketed;
            }
        }
        Matcher bracket = BRACKET.matcher(paragraph).region(end, paragraph.length());
        bracket.useAnchoringBounds(true);
        if (bracket.find() && bylineCleaner.isCreditList(bracket.group("credits"))) {
            credits = bylineCleaner.parse(bracket.group("credits"));
            end = bracket.end();
        } else if (end > 0) {
            Matcher reported = REPORTED.matcher(paragraph).region(end, paragraph.length());
            Matcher programme = PROGRAMME.matcher(paragraph).region(end, paragraph.length());
            if (reported.find() && bylineCleaner.isCreditList(reported.group("credits"))) {
                credits = bylineCleaner.parse(reported.group("credits"));
                end = reported.end();
            } else if (programme.find()) {
                end = programme.end();
            } else {
                int loose = looseCredits(paragraph, end);
                if (loose > end) {
                    credits = bylineCleaner.parse(paragraph.substring(end, loose));
                    end = loose;
                }
            }
        }
        if (end == 0) {
            return Optional.empty();
        }
        String text = paragraph.substring(0, end).strip();
        Matcher after = END.matcher(paragraph).region(end, paragraph.length());
        int bodyStart = after.lookingAt() ? after.end() : end;
        if (source == null && credits != null) {
            source = credits.source();
        }
        return Optional.of(new Cut(new WireHead(text, parsed, source, credits), bodyStart));
    }

    /**
     * The end of credits written without a bracket after the dateline and closed by a space (本报讯 记者梁雪婷
     * 通讯员苗振宇 江西省…), or {@code from} when none are there: space-separated words are taken while they still
     * form a credit list.
     */
    private int looseCredits(String paragraph, int from) {
        Matcher word = WORD.matcher(paragraph).region(from, paragraph.length());
        if (!word.find() || !bylineCleaner.startsWithRole(word.group())) {
            return from;
        }
        int end = from;
        StringBuilder credits = new StringBuilder();
        for (int words = 0; words < MAX_LOOSE_CREDIT_WORDS; words++) {
            credits.append(' ').append(word.group());
            if (bylineCleaner.isCreditList(credits.toString())) {
                end = word.end();
            } else if (end > from) {
                break;
            }
            if (!word.find()) {
                break;
            }
        }
        // The credits must be followed by a space: a name running into the body cannot be told apart from it.
        return end < paragraph.length() && isSpace(paragraph.charAt(end)) ? end : from;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    private Optional<Cut> bracketedHead(String paragraph) {
        Matcher matcher = BRACKETED_HEAD.matcher(paragraph);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String rest = POSTED.matcher(matcher.group("rest")).replaceFirst("");
        Byline credits = null;
        if (!rest.isBlank()) {
            if (!bylineCleaner.isCreditList(rest)) {
                return Optional.empty();
            }
            credits = bylineCleaner.parse(rest);
        } else if (matcher.group("kind") == null) {
            return Optional.empty();
        }
        WireHead head = new WireHead(matcher.group().strip(), null, matcher.group("outlet"), credits);
        Matcher after = END.matcher(paragraph).region(matcher.end(), paragraph.length());
        return Optional.of(new Cut(head, after.lookingAt() ? after.end() : matcher.end()));
    }

    private static Dateline toDateline(Matcher matcher, String raw) {
        return Dateline.printed(
                raw,
                matcher.group("outlet"),
                matcher.group("place"),
                matcher.group("date"),
                number(matcher.group("year")),
                number(matcher.group("month")),
                number(matcher.group("day")));
    }

    private static Integer number(String printed) {
        return printed == null ? null : ChineseNumerals.value(printed);
    }

    /** A head found at the start of a paragraph, and the index where the paragraph's body text starts. */
    public record Cut(WireHead head, int bodyStart) {}
}
