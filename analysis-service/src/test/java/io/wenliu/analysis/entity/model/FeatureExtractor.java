package io.wenliu.analysis.entity.model;

import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.entity.NameFlags;
import io.wenliu.analysis.segment.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The features of each character of a text, as {@link FeatureHash} values: the characters around it (±2, unigrams
 * and bigrams), the segmenter's word holding it (short text, nature tag, the character's place in it, the words
 * beside it), the name lists' codes of those words ({@link NameFlags}) and the rule layer's mention covering it.
 *
 * <p>Built without strings per character: what depends on a word only (its text, tag, neighbours and name-list
 * codes) is hashed once per word and per text, and only the character's place in the word is added per character;
 * what depends on the rule tags only is hashed once per class.
 */
public final class FeatureExtractor {
    /** Words up to this long give their text as a feature; longer ones only their ends. */
    private static final int SHORT_WORD = 4;

    /** More than a character can have: 12 of the characters, 9 of its word, 3 × 10 name-list codes, 5 of rules. */
    private static final int MAX_FEATURES = 128;

    private static final long[] START = starts();
    /** The rule tag of a character and its neighbours: the {@link Tags} numbers, then the text's start and end. */
    private static final int BEFORE_START = Tags.COUNT;

    private static final int AFTER_END = Tags.COUNT + 1;
    private static final String[] RULE_NAMES = ruleNames();
    /** Template 20 (the rule tag), finished; 21 (before, tag) and 22 (tag, after), finished; 23 and 24 prefixes. */
    private static final long[] RULE = new long[Tags.COUNT];

    private static final long[][] RULE_BEFORE = new long[Tags.COUNT + 2][Tags.COUNT];
    private static final long[][] RULE_AFTER = new long[Tags.COUNT][Tags.COUNT + 2];
    private static final long[] RULE_CHAR = new long[Tags.COUNT];
    private static final long[] RULE_NATURE = new long[Tags.COUNT];

    static {
        for (int t = 0; t < Tags.COUNT; t++) {
            RULE[t] = FeatureHash.done(FeatureHash.add(START[20], RULE_NAMES[t]));
            RULE_CHAR[t] = FeatureHash.add(START[23], RULE_NAMES[t]);
            RULE_NATURE[t] = FeatureHash.add(START[24], RULE_NAMES[t]);
            for (int o = 0; o < Tags.COUNT + 2; o++) {
                RULE_BEFORE[o][t] =
                        FeatureHash.done(FeatureHash.add(FeatureHash.add(START[21], RULE_NAMES[o]), RULE_NAMES[t]));
                RULE_AFTER[t][o] =
                        FeatureHash.done(FeatureHash.add(FeatureHash.add(START[22], RULE_NAMES[t]), RULE_NAMES[o]));
            }
        }
    }

    private final NameFlags flags;

    public FeatureExtractor(NameFlags flags) {
        this.flags = flags;
    }

    /** Receives the feature hashes of each character in turn: {@code hashes[0 … size − 1]}, valid during the call. */
    @FunctionalInterface
    public interface Sink {
        void accept(int position, long[] hashes, int size);
    }

    /** Per character of the text, its feature hashes. */
    public long[][] extract(String text, List<Token> tokens, List<Mention> ruleMentions) {
        long[][] out = new long[text.length()][];
        extract(text, tokens, ruleMentions, (i, hashes, size) -> out[i] = Arrays.copyOf(hashes, size));
        return out;
    }

    /** The feature hashes of each character, handed to the sink without being kept. */
    public void extract(String text, List<Token> tokens, List<Mention> ruleMentions, Sink sink) {
        int n = text.length();
        int[] wordAt = wordAt(n, tokens);
        int[] ruleTag = Tags.encode(n, ruleMentions);
        Words words = new Words(tokens, flags);
        char[] kinds = new char[n + 2];
        kinds[0] = '^';
        kinds[n + 1] = '$';
        for (int i = 0; i < n; i++) {
            kinds[i + 1] = kind(text.charAt(i));
        }
        long[] buffer = new long[MAX_FEATURES];
        for (int i = 0; i < n; i++) {
            int size = 0;
            buffer[size++] = FeatureHash.done(START[0]);
            char c = text.charAt(i);
            char m2 = charAt(text, i - 2);
            char m1 = charAt(text, i - 1);
            char p1 = charAt(text, i + 1);
            char p2 = charAt(text, i + 2);
            buffer[size++] = FeatureHash.done(FeatureHash.add(START[1], m2));
            buffer[size++] = FeatureHash.done(FeatureHash.add(START[2], m1));
            buffer[size++] = FeatureHash.done(FeatureHash.add(START[3], c));
            buffer[size++] = FeatureHash.done(FeatureHash.add(START[4], p1));
            buffer[size++] = FeatureHash.done(FeatureHash.add(START[5], p2));
            buffer[size++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(START[6], m2), m1));
            buffer[size++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(START[7], m1), c));
            buffer[size++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(START[8], c), p1));
            buffer[size++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(START[9], p1), p2));
            buffer[size++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(START[10], m1), p1));
            long k = FeatureHash.add(FeatureHash.add(START[11], kinds[i]), kinds[i + 1]);
            buffer[size++] = FeatureHash.done(FeatureHash.add(k, kinds[i + 2]));
            int w = wordAt[i];
            if (w < 0) {
                buffer[size++] = FeatureHash.done(START[30]);
            } else {
                size = words.features(w, i, buffer, size);
            }
            int rule = ruleTag[i];
            buffer[size++] = RULE[rule];
            buffer[size++] = RULE_BEFORE[i > 0 ? ruleTag[i - 1] : BEFORE_START][rule];
            buffer[size++] = RULE_AFTER[rule][i + 1 < n ? ruleTag[i + 1] : AFTER_END];
            buffer[size++] = FeatureHash.done(FeatureHash.add(RULE_CHAR[rule], c));
            if (w >= 0) {
                buffer[size++] = FeatureHash.done(
                        FeatureHash.add(RULE_NATURE[rule], tokens.get(w).nature()));
            }
            sink.accept(i, buffer, size);
        }
    }

    /** Per word of one text, the hashes of its word features short of the character's place (templates 31–42). */
    private static final class Words {
        private final List<Token> tokens;
        /** Prefixes to which the place is added: 31, 32, 36, 37, then 38 and 39 or 0 when absent. */
        private final long[][] placed;
        /** Finished hashes without the place: 33, 34 (0 when absent), 35. */
        private final long[][] whole;
        /** Per word, prefixes of template 40 (its own codes), 41 (as the word before) and 42 (as the word after). */
        private final long[][] own;

        private final long[][] asPrevious;
        private final long[][] asNext;

        Words(List<Token> tokens, NameFlags flags) {
            this.tokens = tokens;
            int count = tokens.size();
            placed = new long[count][];
            whole = new long[count][];
            own = new long[count][];
            asPrevious = new long[count][];
            asNext = new long[count][];
            for (int w = 0; w < count; w++) {
                Token t = tokens.get(w);
                String s = t.text();
                Token prev = w > 0 ? tokens.get(w - 1) : null;
                Token next = w + 1 < count ? tokens.get(w + 1) : null;
                placed[w] = new long[] {
                    FeatureHash.add(START[31], s.length() <= SHORT_WORD ? s : "~"),
                    FeatureHash.add(START[32], t.nature()),
                    FeatureHash.add(START[36], prev == null ? "^" : prev.nature()),
                    FeatureHash.add(START[37], next == null ? "$" : next.nature()),
                    prev != null && prev.text().length() <= SHORT_WORD ? FeatureHash.add(START[38], prev.text()) : 0L,
                    next != null && next.text().length() <= SHORT_WORD ? FeatureHash.add(START[39], next.text()) : 0L
                };
                whole[w] = new long[] {
                    FeatureHash.done(FeatureHash.add(START[33], s.charAt(s.length() - 1))),
                    s.length() >= 2 ? FeatureHash.done(FeatureHash.add(START[34], s.substring(s.length() - 2))) : 0L,
                    FeatureHash.done(FeatureHash.add(START[35], (char) Math.min(s.length(), 6)))
                };
                List<String> codes = flags.of(t);
                own[w] = new long[codes.size()];
                asPrevious[w] = new long[codes.size()];
                asNext[w] = new long[codes.size()];
                for (int j = 0; j < codes.size(); j++) {
                    own[w][j] = FeatureHash.add(START[40], codes.get(j));
                    asPrevious[w][j] = FeatureHash.add(START[41], codes.get(j));
                    asNext[w][j] = FeatureHash.add(START[42], codes.get(j));
                }
            }
        }

        /** Writes the word features of character i in word w into the buffer from {@code size}; the new size. */
        int features(int w, int i, long[] buffer, int size) {
            Token t = tokens.get(w);
            char place = t.end() - t.start() == 1 ? 'S' : i == t.start() ? 'B' : i == t.end() - 1 ? 'E' : 'M';
            long[] p = placed[w];
            buffer[size++] = FeatureHash.done(FeatureHash.add(p[0], place));
            buffer[size++] = FeatureHash.done(FeatureHash.add(p[1], place));
            long[] h = whole[w];
            buffer[size++] = h[0];
            if (h[1] != 0L) {
                buffer[size++] = h[1];
            }
            buffer[size++] = h[2];
            buffer[size++] = FeatureHash.done(FeatureHash.add(p[2], place));
            buffer[size++] = FeatureHash.done(FeatureHash.add(p[3], place));
            if (p[4] != 0L) {
                buffer[size++] = FeatureHash.done(FeatureHash.add(p[4], place));
            }
            if (p[5] != 0L) {
                buffer[size++] = FeatureHash.done(FeatureHash.add(p[5], place));
            }
            for (long f : own[w]) {
                buffer[size++] = FeatureHash.done(FeatureHash.add(f, place));
            }
            if (w > 0) {
                for (long f : asPrevious[w - 1]) {
                    buffer[size++] = FeatureHash.done(FeatureHash.add(f, place));
                }
            }
            if (w + 1 < tokens.size()) {
                for (long f : asNext[w + 1]) {
                    buffer[size++] = FeatureHash.done(FeatureHash.add(f, place));
                }
            }
            return size;
        }
    }

    /** Per character, the index of the token holding it, or -1. */
    private static int[] wordAt(int n, List<Token> tokens) {
        int[] at = new int[n];
        Arrays.fill(at, -1);
        for (int w = 0; w < tokens.size(); w++) {
            Token t = tokens.get(w);
            for (int i = Math.max(0, t.start()); i < Math.min(n, t.end()); i++) {
                at[i] = w;
            }
        }
        return at;
    }

    private static long[] starts() {
        long[] starts = new long[43];
        for (int t = 0; t < starts.length; t++) {
            starts[t] = FeatureHash.start(t);
        }
        return starts;
    }

    /** The rule tags' names, then ^ and $ for before the text's start and after its end. */
    private static String[] ruleNames() {
        String[] names = new String[Tags.COUNT + 2];
        for (int t = 0; t < Tags.COUNT; t++) {
            names[t] = Tags.name(t);
        }
        names[BEFORE_START] = "^";
        names[AFTER_END] = "$";
        return names;
    }

    private static char charAt(String text, int i) {
        return i < 0 ? '^' : i >= text.length() ? '$' : text.charAt(i);
    }

    private static char kind(char c) {
        if (c == '^' || c == '$') {
            return c;
        }
        if (Character.isDigit(c) || "〇一二三四五六七八九十百千万亿".indexOf(c) >= 0) {
            return 'D';
        }
        if (c >= '\u4e00' && c <= '\u9fa5') {
            return 'H';
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 'H' : 'L';
        }
        return 'P';
    }
}
