package io.wenliu.search.text;

import io.wenliu.search.index.IndexDefinition;
import jakarta.inject.Singleton;
import java.util.Map;

/** Folds traditional characters to simplified ones exactly as the index's {@code t2s} char filter does. */
@Singleton
public class ChineseNormalizer {

    private final Map<Integer, Integer> mapping;

    /**
     * The simplified form of every UTF-16 unit, or null when a mapping involves a code point that is not a single
     * non-surrogate unit (then the text is folded code point by code point).
     */
    private final char[] table;

    public ChineseNormalizer(IndexDefinition definition) {
        this.mapping = definition.traditionalToSimplified();
        this.table = table(mapping);
    }

    /** Returns the text with every mapped traditional character replaced by its simplified form. */
    public String toSimplified(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        if (table == null) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> out.appendCodePoint(mapping.getOrDefault(cp, cp)));
            return out.toString();
        }
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char simplified = table[c];
            if (simplified != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = simplified;
            }
        }
        return folded == null ? text : new String(folded);
    }

    private static char[] table(Map<Integer, Integer> mapping) {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (Map.Entry<Integer, Integer> rule : mapping.entrySet()) {
            if (!isPlainUnit(rule.getKey()) || !isPlainUnit(rule.getValue())) {
                return null;
            }
            table[rule.getKey()] = (char) rule.getValue().intValue();
        }
        return table;
    }

    /** A code point that is one UTF-16 unit and not a surrogate, so folding unit by unit equals folding by code point. */
    private static boolean isPlainUnit(int codePoint) {
        return Character.isBmpCodePoint(codePoint) && !Character.isSurrogate((char) codePoint);
    }
}
