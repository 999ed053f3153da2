package io.wenliu.analysis.keyword;

import io.wenliu.analysis.segment.Resources;
import io.wenliu.analysis.segment.WordEndings;
import java.util.Set;

/** Function words and empty verbs that are never keywords (classpath resource {@code keyword/stopwords.txt}). */
public final class StopWords {
    public static final String RESOURCE = "keyword/stopwords.txt";
    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = words;
    }

    /** Loads the shipped list. */
    public static StopWords load() {
        return new StopWords(Set.copyOf(Resources.lines(RESOURCE)));
    }

    /** Whether the word ends with a title (新华社记者, 大学教授): about a person, not a topic. */
    public boolean endsWithTitle(String word) {
        if (!TITLE_ENDINGS.mayEnd(word)) {
            return false;
        }
        for (String title : TITLES) {
            if (word.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is one of the titles and roles listed at the end of the stop words (记者, 教授). */
    public boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    private static final Set<String> TITLES =
            Set.of("总书记", "书记", "记者", "教授", "专员", "领导人", "主任", "主席", "总理", "总统", "部长", "局长");
    private static final WordEndings TITLE_ENDINGS = WordEndings.of(TITLES);

    /** Whether the word is a stop word (single characters always are). */
    public boolean contains(String word) {
        return word.length() < 2 || words.contains(word);
    }
}
