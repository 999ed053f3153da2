package io.wenliu.analysis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StopWords(Set.copyOf(words));
    }

    /** Whether the word is a stop word (single characters always are). */
    public boolean contains(String word) {
        return word.length() < 2 || words.contains(word);
    }
}
