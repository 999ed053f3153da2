package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.segment.CleanText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns mentions into entities: one per distinct (type, text), with counts, original-text offsets and the confidence
 * of the best-supported mention.
 */
final class EntityGrouper {
    private EntityGrouper() {}

    /** Groups non-overlapping mentions (with their confidences, index for index), ordered by first occurrence. */
    static List<Entity> group(List<Mention> mentions, double[] confidences, CleanText clean) {
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            Mention x = mentions.get(a);
            Mention y = mentions.get(b);
            return x.start() != y.start()
                    ? Integer.compare(x.start(), y.start())
                    : Integer.compare(x.type().ordinal(), y.type().ordinal());
        });
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            Group g = groups.computeIfAbsent(m.type() + "\u0000" + m.text(), k -> new Group(m));
            g.offsets.add(clean.originalSpan(m.start(), m.end()));
            g.confidence = Math.max(g.confidence, confidences[i]);
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            entities.add(new Entity(
                    g.first.text(),
                    g.first.type(),
                    g.offsets.size(),
                    List.copyOf(g.offsets),
                    Math.round(g.confidence * 100) / 100.0));
        }
        return entities;
    }

    private static final class Group {
        final Mention first;
        final List<int[]> offsets = new ArrayList<>();
        double confidence;

        Group(Mention first) {
            this.first = first;
        }
    }
}
