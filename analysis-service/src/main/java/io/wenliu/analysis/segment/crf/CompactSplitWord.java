package io.wenliu.analysis.segment.crf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ansj.app.crf.Config;
import org.ansj.app.crf.SplitWord;
import org.nlpcn.commons.lang.util.StringUtil;

/**
 * ansj's CRF segmenter (SplitWord) over a {@link CompactCrfModel}: the same words and cohesion scores, computed
 * without per-character objects. Thread-safe.
 */
public final class CompactSplitWord extends SplitWord {
    private static final int TAGS = Config.TAG_NUM;
    private static final int S = 0;
    private static final int B = 1;
    private static final int M = 2;
    private static final int E = 3;
    private static final float IMPOSSIBLE_START = -1000;

    private final CompactCrfModel model;

    public CompactSplitWord(CompactCrfModel model) {
        super(null); // SplitWord reads its model only in the methods overridden here
        this.model = model;
    }

    @Override
    public List<String> cut(char[] chars) {
        return cut(new String(chars));
    }

    @Override
    public List<String> cut(String line) {
        if (StringUtil.isBlank(line)) {
            return Collections.emptyList();
        }
        CrfElements elements = CrfElements.of(line);
        byte[] tags = tags(elements);
        int[] lengths = elements.lengths;
        List<String> result = new ArrayList<>();
        int begin = 0;
        int end = 0;
        int last = elements.count - 1;
        for (int i = 0; i < elements.count; i++) {
            int tag = tags[i];
            if (tag == S) {
                end += lengths[i];
                result.add(line.substring(begin, end));
                begin = end;
            } else if (tag == B) {
                int e = i;
                end += lengths[e];
                while (i < last && tags[e = ++i] != E) {
                    end += lengths[e];
                }
                end += lengths[e];
                result.add(line.substring(begin, end));
                begin = end;
            }
            // M or E outside a B..E word: skipped, as ansj does
        }
        return result;
    }

    /** The Viterbi tags of the positions (ansj's SplitWord.vterbi). */
    private byte[] tags(CrfElements elements) {
        int n = elements.count;
        byte[] tags = new byte[n];
        if (n <= 1) {
            return tags;
        }
        float[] scores = new float[CompactCrfModel.SCORE_WIDTH];
        float[] previous = new float[TAGS];
        byte[] from = new byte[n * TAGS];
        model.scores(elements.names, n, 0, scores);
        scores[M] = IMPOSSIBLE_START;
        scores[E] = IMPOSSIBLE_START;
        for (int i = 1; i < n; i++) {
            System.arraycopy(scores, 0, previous, 0, TAGS);
            model.scores(elements.names, n, i, scores);
            maxFrom(previous, scores, from, i * TAGS);
        }
        int status = scores[S] > scores[E] ? S : E;
        tags[n - 1] = (byte) status;
        status = from[(n - 1) * TAGS + status];
        for (int i = n - 2; i > 0; i--) {
            tags[i] = (byte) status;
            status = from[i * TAGS + status];
        }
        tags[0] = (byte) status;
        return tags;
    }

    /** ansj's Element.maxFrom: the best previous tag per tag, from 0 with a strict comparison; scores updated in place. */
    private void maxFrom(float[] previous, float[] scores, byte[] from, int at) {
        for (int i = 0; i < TAGS; i++) {
            float maxValue = 0;
            for (int j = 0; j < TAGS; j++) {
                float value = (previous[j] + scores[i]) + model.transition(j, i);
                value += scores[TAGS + j * TAGS + i];
                if (value > maxValue) {
                    maxValue = value;
                    from[at + i] = (byte) j;
                }
            }
            scores[i] = maxValue;
        }
    }

    @Override
    public float cohesion(String word) {
        if (word.length() == 0) {
            return Integer.MIN_VALUE;
        }
        CrfElements elements = CrfElements.of(word);
        int last = elements.count - 1;
        float[] scores = new float[CompactCrfModel.SCORE_WIDTH];
        model.scores(elements.names, elements.count, 0, scores);
        float value = scores[B];
        for (int i = 1; i < last; i++) {
            model.scores(elements.names, elements.count, i, scores);
            value += scores[M];
        }
        model.scores(elements.names, elements.count, last, scores);
        value += scores[E];
        if (value < 0) {
            return 1;
        } else {
            value += 1;
        }
        return value;
    }
}
