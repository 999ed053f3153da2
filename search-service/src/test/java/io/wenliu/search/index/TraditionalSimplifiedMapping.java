package io.wenliu.search.index;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Generates the {@code t2s} mapping char filter rules from ICU4J's Traditional-Simplified transliterator. */
final class TraditionalSimplifiedMapping {

    private static final int[][] RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    private static final int RULES_PER_LINE = 16;
    private static final Pattern MAPPINGS = Pattern.compile("(\"" + IndexDefinition.T2S_CHAR_FILTER
            + "\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"mapping\",\\s*\"mappings\"\\s*:\\s*)\\[[^\\]]*\\]");

    private TraditionalSimplifiedMapping() {}

    /** One {@code 繁 => 简} rule per BMP ideograph that ICU maps to a different single character. */
    static List<String> rules() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        List<String> rules = new ArrayList<>();
        for (int[] range : RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String from = new String(Character.toChars(cp));
                String to = t2s.transliterate(from);
                if (!to.equals(from) && to.length() == 1 && Character.isIdeographic(to.charAt(0))) {
                    rules.add(from + " => " + to);
                }
            }
        }
        return rules;
    }

    /** The index definition JSON with its t2s mappings array replaced by the given rules. */
    static String rewrite(String json, List<String> rules) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < rules.size(); i++) {
            array.append(i % RULES_PER_LINE == 0 ? "\n            " : " ");
            array.append('"').append(rules.get(i)).append('"');
            if (i < rules.size() - 1) {
                array.append(',');
            }
        }
        array.append("\n          ]");
        Matcher matcher = MAPPINGS.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no t2s mapping char filter in the index definition");
        }
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + array));
    }
}
