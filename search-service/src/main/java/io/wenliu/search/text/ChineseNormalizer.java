package io.wenliu.search.text;

import io.wenliu.search.index.IndexDefinition;
import jakarta.inject.Singleton;
import java.util.Map;

/** Folds traditional characters to simplified ones exactly as the index's {@code t2s} char filter does. */
@Singleton
public class ChineseNormalizer {

    private final Map<Integer, Integer> mapping;

    public ChineseNormalizer(IndexDefinition definition) {
        this.mapping = definition.traditionalToSimplified();
    }

    /** Returns the text with every mapped traditional character replaced by its simplified form. */
    public String toSimplified(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(mapping.getOrDefault(cp, cp)));
        return out.toString();
    }
}
