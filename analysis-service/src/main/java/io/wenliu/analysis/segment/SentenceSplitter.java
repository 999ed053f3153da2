package io.wenliu.analysis.segment;

import java.util.ArrayList;
import java.util.List;

/** Splits Chinese text into sentences at 。！？ (and their ASCII forms), keeping closing quotes with the sentence. */
public final class SentenceSplitter {
    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）)\"";

    private SentenceSplitter() {}

    /** The sentences of the text, each ending with its punctuation. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length()
                        && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
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
