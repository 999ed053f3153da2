package io.wenliu.analysis.keyword;

import io.wenliu.analysis.segment.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The candidate key phrases of a text with their counts: content words, repeated compounds, coordinations. */
final class KeywordCandidates {
    private static final int MIN_COMPOUND_COUNT = 2;
    private static final char COORDINATION = '、';
    private final StopWords stopWords;
    private final Set<String> lexicon;

    KeywordCandidates(StopWords stopWords, Set<String> lexicon) {
        this.stopWords = stopWords;
        this.lexicon = lexicon;
    }

    /** Candidate counts, the words of each compound, and the words the tagger read as nouns. */
    record Found(Map<String, Integer> counts, Map<String, List<String>> parts, Set<String> nouns) {}

    /** Finds the candidates of the dictionary words of a text; {@code headings} are spans in {@code text}. */
    Found find(List<Token> tokens, String text, List<int[]> headings) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        Map<String, List<String>> parts = new HashMap<>();
        CandidateRoles roles = new CandidateRoles(tokens, stopWords);
        collectWords(tokens, roles, tf);
        Set<String> nouns = new HashSet<>();
        for (Token t : tokens) {
            if (t.nature().startsWith("n")) {
                nouns.add(t.text());
            }
        }
        collectCompounds(tokens, roles, tf, parts, headings);
        addCoordinations(text, tf, parts);
        return new Found(tf, parts, nouns);
    }

    private static void collectWords(List<Token> tokens, CandidateRoles roles, Map<String, Integer> tf) {
        for (int i = 0; i < tokens.size(); i++) {
            if (roles.content[i]) {
                tf.merge(tokens.get(i).text(), 1, Integer::sum);
            }
        }
    }

    /** Repeated sequences of two or three content words (服务群众, 贫困家庭学生) become candidates. */
    private void collectCompounds(
            List<Token> tokens,
            CandidateRoles roles,
            Map<String, Integer> tf,
            Map<String, List<String>> parts,
            List<int[]> headings) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> headed = new HashSet<>();
        Map<String, List<String>> seenParts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!roles.firstPart[i]) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (int n = 0; n < 3 && i + n < tokens.size(); n++) {
                Token t = tokens.get(i + n);
                if (!(n == 0 ? roles.firstPart[i] : roles.laterPart[i + n])
                        || (n > 0 && tokens.get(i + n - 1).end() != t.start())) {
                    break;
                }
                sb.append(t.text());
                words.add(t.text());
                if (n >= 1
                        && sb.length() >= 4
                        && sb.length() <= 8
                        && roles.isCompoundEnd(i + n, words)
                        && roles.start[i]) {
                    String key = sb.toString();
                    counts.merge(key, 1, Integer::sum);
                    seenParts.putIfAbsent(key, List.copyOf(words));
                    if (n == 1 && key.length() == 4 && within(tokens.get(i).start(), t.end(), headings)) {
                        headed.add(key);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if ((e.getValue() >= MIN_COMPOUND_COUNT || headed.contains(e.getKey()))
                    && !tf.containsKey(e.getKey())
                    && !containsLexiconPhrase(seenParts.get(e.getKey()))) {
                tf.put(e.getKey(), e.getValue());
                parts.put(e.getKey(), seenParts.get(e.getKey()));
            }
        }
    }

    /**
     * Coordinated mentions count for the compound written elsewhere as one word: 党员、干部 for 党员干部, when both
     * halves are words of two characters or more.
     */
    private static void addCoordinations(String text, Map<String, Integer> tf, Map<String, List<String>> parts) {
        int[] commas = positions(text, COORDINATION);
        if (commas.length == 0) {
            return;
        }
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String term = e.getKey();
            List<String> halves = parts.get(term);
            if (halves == null && term.length() == 4) {
                halves = List.of(term.substring(0, 2), term.substring(2));
            }
            if (halves == null || halves.size() != 2) {
                continue;
            }
            int extra = occurrences(text, commas, halves.get(0), halves.get(1));
            if (extra > 0) {
                e.setValue(e.getValue() + extra);
            }
        }
    }

    /** Indices of the character in the text. */
    private static int[] positions(String text, char c) {
        int[] positions = new int[16];
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, 2 * count);
            }
            positions[count++] = i;
        }
        return Arrays.copyOf(positions, count);
    }

    /**
     * Non-overlapping occurrences of {@code first、second}, left to right (as repeated indexOf finds them), found at
     * the text's enumeration commas instead of by scanning the whole text for every term.
     */
    private static int occurrences(String text, int[] commas, String first, String second) {
        if (first.indexOf(COORDINATION) >= 0 || second.indexOf(COORDINATION) >= 0) {
            String s = first + COORDINATION + second;
            int count = 0;
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
                count++;
            }
            return count;
        }
        int count = 0;
        int free = 0;
        for (int comma : commas) {
            int start = comma - first.length();
            if (start >= free && text.startsWith(first, start) && text.startsWith(second, comma + 1)) {
                count++;
                free = comma + 1 + second.length();
            }
        }
        return count;
    }

    private static boolean within(int start, int end, List<int[]> headings) {
        for (int[] h : headings) {
            if (start >= h[0] && end <= h[1]) {
                return true;
            }
        }
        return false;
    }

    /** A lexicon phrase is a keyword on its own; compounds around it (疫情防控工作) only repeat it. */
    private boolean containsLexiconPhrase(List<String> words) {
        for (String w : words) {
            if (w.length() >= 4 && lexicon.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
