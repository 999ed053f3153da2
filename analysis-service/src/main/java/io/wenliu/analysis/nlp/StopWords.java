package io.wenliu.analysis.nlp;

import java.util.Set;

/** Function words and empty verbs that are never keywords (classpath resource {@code nlp/stopwords.txt}). */
public final class StopWords {
    public static final String RESOURCE = "nlp/stopwords.txt";
    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = words;
    }

    /** Loads the shipped list. */
    public static StopWords load() {
        return new StopWords(Set.copyOf(Resources.lines(RESOURCE)));
    }

    /** Whether the word is a stop word (single characters always are). */
    public boolean contains(String word) {
        return word.length() < 2 || words.contains(word);
    }
}
