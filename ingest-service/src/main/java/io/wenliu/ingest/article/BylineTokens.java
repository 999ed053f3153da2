package io.wenliu.ingest.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts byline text into tokens: drops the box marks, turns labelled credits ({@code 文/}, {@code 图｜}) into role words
 * and keeps each strong separator as a {@link #BREAK} token.
 */
final class BylineTokens {

    static final String MARKS = "□■◎●▲◆☆★";

    /** Role words written with a slash or colon before the name: 文/王小明, 作者：王小明, 图｜李华, 责任编辑：赵六. */
    private static final Pattern LABELLED =
            Pattern.compile("(?<![\\p{IsHan}])(?<label>来源|文|撰文|作者|图|摄影|摄|编辑|责任编辑|记者|通讯员|实习生)\\s*[/／|｜丨:：]\\s*");

    /** Separators between names; the strong ones also end a name split by layout spaces (罗　敏、潘　宁). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,；;：:/／|｜丨]+");

    private static final Pattern STRONG_SEPARATORS = Pattern.compile("[、，,；;：:/／|｜丨]");

    /** The token standing for a strong separator. */
    static final String BREAK = "¦";

    private BylineTokens() {}

    /** The tokens of byline text, split at spaces and separators ({@code 林 晖} stays two tokens). */
    static String[] tokens(String raw) {
        String cleaned = raw.replace('\u3000', ' ').strip();
        while (!cleaned.isEmpty() && MARKS.indexOf(cleaned.charAt(0)) >= 0) {
            cleaned = cleaned.substring(1).strip();
        }
        Matcher labelled = LABELLED.matcher(cleaned);
        StringBuilder relabelled = new StringBuilder();
        while (labelled.find()) {
            labelled.appendReplacement(relabelled, label(labelled.group("label")) + " ");
        }
        cleaned = labelled.appendTail(relabelled).toString();
        cleaned = STRONG_SEPARATORS.matcher(cleaned).replaceAll(" " + BREAK + " ");
        cleaned = SEPARATORS.matcher(cleaned).replaceAll(" ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    /** The role word a labelled credit ({@code 文/}, {@code 图｜}) stands for. */
    private static String label(String label) {
        return switch (label) {
            case "文", "撰文" -> "作者";
            case "图", "摄" -> "摄影";
            default -> label;
        };
    }
}
