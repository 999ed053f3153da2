package io.wenliu.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Markdown into the plain text an article is read from, line for line: heading marks ({@code # 标题}, setext
 * underlines), emphasis, links, images, quote marks, list marks, code fences and rules are dropped, their text kept.
 */
public final class MarkdownText {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern RULE =
            Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:>[ \\t]?)+");
    private static final Pattern LIST_MARK = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The text of the Markdown document; one output line per input line, fences and rules left blank. */
    public String toText(String markdown) {
        String[] lines = markdown.split("\\r\\n|\\r|\\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean underline = i > 0
                    && !lines[i - 1].isBlank()
                    && SETEXT_UNDERLINE.matcher(line).matches();
            if (underline || RULE.matcher(line).matches() || FENCE.matcher(line).matches()) {
                out.add("");
                continue;
            }
            out.add(inline(blockMarks(line)));
        }
        return String.join("\n", out);
    }

    private static String blockMarks(String line) {
        if (ATX_HEADING.matcher(line).find()) {
            return CLOSING_HASHES
                    .matcher(ATX_HEADING.matcher(line).replaceFirst(""))
                    .replaceFirst("");
        }
        String unquoted = QUOTE.matcher(line).replaceFirst("");
        return LIST_MARK.matcher(unquoted).replaceFirst("");
    }

    private static String inline(String text) {
        String plain = IMAGE.matcher(text).replaceAll("$1");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = CODE.matcher(plain).replaceAll("$1");
        String previous;
        do {
            previous = plain;
            plain = EMPHASIS.matcher(plain).replaceAll("$2");
        } while (!plain.equals(previous));
        return plain;
    }
}
