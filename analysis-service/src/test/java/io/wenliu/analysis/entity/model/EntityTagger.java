package io.wenliu.analysis.entity.model;

import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.segment.Token;
import java.util.ArrayList;
import java.util.List;

/** The statistical tagger: features of each character, then the best tag sequence, read back as mentions. */
public final class EntityTagger {
    private final FeatureExtractor extractor;
    private final WeightTable table;

    public EntityTagger(FeatureExtractor extractor, WeightTable table) {
        this.extractor = extractor;
        this.table = table;
    }

    /** The mentions of a tokenised text, given the rule layer's mentions (features of the model). */
    public List<Mention> mentions(String text, List<Token> tokens, List<Mention> ruleMentions) {
        return Tags.decode(text, ViterbiDecoder.decode(table, emission(text, tokens, ruleMentions), text.length()));
    }

    /** The tag scores of each character, flat (character i's at i × COUNT), scored as the features are made. */
    private float[] emission(String text, List<Token> tokens, List<Mention> ruleMentions) {
        float[] emission = new float[text.length() * Tags.COUNT];
        extractor.extract(
                text, tokens, ruleMentions, (i, hashes, size) -> table.score(hashes, size, emission, i * Tags.COUNT));
        return emission;
    }

    /** A model mention with its confidence: the smallest margin over tagging one of its characters O. */
    public record ScoredMention(Mention mention, float margin) {}

    /** The mentions of a tokenised text with their margins (see {@link ViterbiDecoder#decodeScored}). */
    public List<ScoredMention> scoredMentions(String text, List<Token> tokens, List<Mention> ruleMentions) {
        return scoredMentions(
                text, ViterbiDecoder.decodeScored(table, emission(text, tokens, ruleMentions), text.length()));
    }

    /** The scored mentions the weights give a text whose features are already extracted. */
    public static List<ScoredMention> scoredMentions(WeightTable table, String text, long[][] features) {
        return scoredMentions(text, ViterbiDecoder.decodeScored(table, features));
    }

    private static List<ScoredMention> scoredMentions(String text, ViterbiDecoder.Scored scored) {
        List<ScoredMention> out = new ArrayList<>();
        for (Mention m : Tags.decode(text, scored.tags())) {
            float margin = Float.POSITIVE_INFINITY;
            for (int i = m.start(); i < m.end(); i++) {
                margin = Math.min(margin, scored.outsideMargin()[i]);
            }
            out.add(new ScoredMention(m, margin));
        }
        return out;
    }

    /** The mentions the weights give a text whose features are already extracted. */
    public static List<Mention> mentions(WeightTable table, String text, long[][] features) {
        return Tags.decode(text, ViterbiDecoder.decode(table, features));
    }
}
