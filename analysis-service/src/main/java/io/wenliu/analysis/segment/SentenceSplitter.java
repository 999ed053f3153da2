package io.wenliu.analysis.segment;

import java.util.ArrayList;
import java.util.List;

/** Splits Chinese text into sentences at 。！？ (and their ASCII forms), keeping closing quotes with the sentence. */
public final class SentenceSplitter {
    private static final CharClass ENDS = CharClass.of("。！？!?");
    private static final CharClass CLOSERS = CharClass.of("”’」』）)\"");

    private SentenceSplitter() {}

    /** The sentences of the text, each ending with its punctuation. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.contains(text.charAt(i))) {
                int end = i + 1;
                while (end < text.length() && (ENDS.contains(text.charAt(end)) || CLOSERS.contains(text.charAt(end)))) {
                    end++;
                }
                add(sentences, text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            add(sentences, text.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }
}
