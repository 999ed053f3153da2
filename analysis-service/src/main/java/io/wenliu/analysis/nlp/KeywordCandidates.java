package io.wenliu.analysis.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The candidate key phrases of a text with their counts: content words, repeated compounds, coordinations. */
final class KeywordCandidates {
    private static final int MIN_COMPOUND_COUNT = 2;
    /** Verbs too empty to open a key phrase (称为大流行, 成为主力). */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "称为", "成为", "作为", "进行", "实现", "检验", "开展", "加强", "推进", "做好", "提供", "发挥", "突破", "捐赠", "认为", "表示", "通过", "需要",
            "包括");

    /** The tail of an organisation's name is no key phrase and opens none (有限公司捐赠: a name's end and a verb). */
    private static final Set<String> NAME_TAILS = Set.of("有限公司", "股份有限公司", "公司", "集团", "有限责任公司");

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
        collectWords(tokens, tf);
        Set<String> nouns = new HashSet<>();
        for (Token t : tokens) {
            if (t.nature().startsWith("n")) {
                nouns.add(t.text());
            }
        }
        collectCompounds(tokens, tf, parts, headings);
        addCoordinations(text, tf, parts);
        return new Found(tf, parts, nouns);
    }

    private void collectWords(List<Token> tokens, Map<String, Integer> tf) {
        for (Token t : tokens) {
            if (isContent(t)) {
                tf.merge(t.text(), 1, Integer::sum);
            }
        }
    }

    /** Repeated sequences of two or three content words (服务群众, 贫困家庭学生) become candidates. */
    private void collectCompounds(
            List<Token> tokens, Map<String, Integer> tf, Map<String, List<String>> parts, List<int[]> headings) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> headed = new HashSet<>();
        Map<String, List<String>> seenParts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (int n = 0; n < 3 && i + n < tokens.size(); n++) {
                Token t = tokens.get(i + n);
                if (!isCompoundPart(t, n == 0)
                        || (n > 0 && tokens.get(i + n - 1).end() != t.start())) {
                    break;
                }
                sb.append(t.text());
                words.add(t.text());
                if (n >= 1
                        && sb.length() >= 4
                        && sb.length() <= 8
                        && isCompoundEnd(t, words)
                        && isCompoundStart(tokens.get(i))) {
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
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String term = e.getKey();
            List<String> halves = parts.get(term);
            if (halves == null && term.length() == 4) {
                halves = List.of(term.substring(0, 2), term.substring(2));
            }
            if (halves == null || halves.size() != 2) {
                continue;
            }
            int extra = occurrences(text, halves.get(0) + "、" + halves.get(1));
            if (extra > 0) {
                e.setValue(e.getValue() + extra);
            }
        }
    }

    private static int occurrences(String text, String s) {
        int count = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            count++;
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

    private boolean isCompoundStart(Token t) {
        String n = t.nature();
        return t.text().length() >= 2 && (isContent(t) || n.equals("a")) && !LIGHT_VERBS.contains(t.text());
    }

    /** The last word of a compound: a noun-like word, and no generic head after a full phrase (疫情防控工作). */
    private boolean isCompoundEnd(Token t, List<String> words) {
        String n = t.nature();
        if (t.text().length() < 2
                || n.equals("a")
                || (stopWords.contains(t.text()) && words.get(0).length() >= 4)) {
            return false;
        }
        if (stopWords.endsWithTitle(t.text())) {
            return false;
        }
        // verb + object (服务群众) and subject + verb (干部担当) only as two-word phrases
        return words.size() == 2 || !n.equals("v");
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

    private boolean isCompoundPart(Token t, boolean first) {
        String n = t.nature();
        boolean stop = stopWords.contains(t.text()) && (first || !(n.startsWith("n") || n.equals("vn")));
        return !t.isPunctuation()
                && !stop
                && !n.startsWith("nr")
                && !n.startsWith("m")
                && !n.startsWith("t")
                && !n.startsWith("q")
                && (n.startsWith("n")
                        || n.startsWith("v")
                        || n.equals("a")
                        || n.equals("an")
                        || n.equals("j")
                        || n.equals("l")
                        || n.equals("b"));
    }

    private boolean isContent(Token t) {
        String n = t.nature();
        boolean tagOk = n.startsWith("n")
                || n.equals("vn")
                || n.equals("v")
                || n.equals("l")
                || n.equals("i")
                || n.equals("j")
                || n.equals("an");
        boolean name = n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt");
        boolean junk = n.equals("nw") && t.text().length() >= 6;
        return tagOk
                && !name
                && !junk
                && !NAME_TAILS.contains(t.text())
                && t.text().length() >= 2
                && !stopWords.contains(t.text())
                && !stopWords.endsWithTitle(t.text());
    }
}
