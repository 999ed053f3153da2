package io.wenliu.analysis.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns mentions into entities: one per distinct (type, text), with counts and original-text offsets. */
final class EntityGrouper {
    private EntityGrouper() {}

    /** Groups non-overlapping mentions, ordered by first occurrence. */
    static List<Entity> group(List<Mention> mentions, CleanText clean) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(m -> m.type().ordinal()));
        Map<String, List<int[]>> offsets = new LinkedHashMap<>();
        Map<String, Mention> firsts = new LinkedHashMap<>();
        for (Mention m : sorted) {
            String key = m.type() + "\u0000" + m.text();
            firsts.putIfAbsent(key, m);
            offsets.computeIfAbsent(key, k -> new ArrayList<>()).add(clean.originalSpan(m.start(), m.end()));
        }
        List<Entity> entities = new ArrayList<>(firsts.size());
        for (Map.Entry<String, Mention> e : firsts.entrySet()) {
            List<int[]> spans = offsets.get(e.getKey());
            entities.add(new Entity(e.getValue().text(), e.getValue().type(), spans.size(), List.copyOf(spans)));
        }
        return entities;
    }
}
