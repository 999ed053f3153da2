package io.wenliu.analysis.segment;

/** One segmented word with its part-of-speech tag and its [start, end) span in the clean text. */
public record Token(String text, String nature, int start, int end) {

    /** Whether the tag is punctuation. */
    public boolean isPunctuation() {
        return !nature.isEmpty() && nature.charAt(0) == 'w';
    }
}
