package io.wenliu.analysis.segment;

import java.util.Collection;

/** The last characters of a list of word endings: a quick test before a word is compared with each ending. */
public final class WordEndings {
    private final CharClass lastCharacters;

    private WordEndings(CharClass lastCharacters) {
        this.lastCharacters = lastCharacters;
    }

    /** The last characters of the (non-empty) endings. */
    public static WordEndings of(Collection<String> endings) {
        StringBuilder chars = new StringBuilder();
        for (String ending : endings) {
            chars.append(ending.charAt(ending.length() - 1));
        }
        return new WordEndings(CharClass.of(chars.toString()));
    }

    /** Whether the word's last character ends one of the endings: when not, the word ends with none of them. */
    public boolean mayEnd(String word) {
        return !word.isEmpty() && lastCharacters.contains(word.charAt(word.length() - 1));
    }
}
