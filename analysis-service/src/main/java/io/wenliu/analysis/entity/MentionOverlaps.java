package io.wenliu.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Resolves competing mentions: the longest wins where they overlap. */
final class MentionOverlaps {
    private MentionOverlaps() {}

    /** Keeps the longest mention where mentions overlap (earlier start wins ties). */
    static List<Mention> resolve(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        boolean[] taken =
                new boolean[sorted.stream().mapToInt(Mention::end).max().orElse(0) + 1];
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                if (taken[k]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
