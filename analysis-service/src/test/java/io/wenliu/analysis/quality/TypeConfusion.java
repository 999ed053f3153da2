package io.wenliu.analysis.quality;

import io.wenliu.analysis.enrichment.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where exact-span entity errors come from: each gold mention is found with its type, found at the same span with
 * another type, overlapped by a prediction with other bounds, or missed; each prediction that matches no gold span
 * either overlaps a gold mention (other bounds) or stands where the gold has nothing. Mentions are {@code
 * TYPE:start:end} strings, as in {@link PeoplesDailyEvaluation}.
 */
final class TypeConfusion {
    /** Columns after the three types: a prediction overlapping with other bounds, and nothing found. */
    static final int BOUNDS = EntityType.values().length;

    static final int MISSED = BOUNDS + 1;
    /** The row of predictions whose span is no gold mention's. */
    static final int NO_GOLD = EntityType.values().length;

    /** counts[gold type or NO_GOLD][predicted type, BOUNDS or MISSED]. */
    private final int[][] counts = new int[NO_GOLD + 1][MISSED + 1];

    void add(Set<String> gold, Set<String> predicted) {
        List<int[]> goldSpans = spans(gold);
        List<int[]> predictedSpans = spans(predicted);
        for (int[] g : goldSpans) {
            int column = MISSED;
            for (int[] p : predictedSpans) {
                if (p[1] == g[1] && p[2] == g[2]) {
                    column = p[0];
                    break;
                }
                if (p[1] < g[2] && g[1] < p[2]) {
                    column = BOUNDS;
                }
            }
            counts[g[0]][column]++;
        }
        for (int[] p : predictedSpans) {
            boolean sameSpan = goldSpans.stream().anyMatch(g -> g[1] == p[1] && g[2] == p[2]);
            if (!sameSpan) {
                boolean overlaps = goldSpans.stream().anyMatch(g -> p[1] < g[2] && g[1] < p[2]);
                counts[NO_GOLD][overlaps ? BOUNDS : p[0]]++;
            }
        }
    }

    int count(int row, int column) {
        return counts[row][column];
    }

    /** Gold mentions found at their exact span with another type. */
    int wrongType() {
        int n = 0;
        for (int g = 0; g < NO_GOLD; g++) {
            for (int p = 0; p < BOUNDS; p++) {
                n += g == p ? 0 : counts[g][p];
            }
        }
        return n;
    }

    /** The table: one row per gold type and one for predictions where the gold has no mention of that span. */
    List<String> table() {
        List<String> out = new ArrayList<>();
        out.add(String.format(
                "%-22s %7s %9s %13s %12s %7s",
                "gold \\ found", "PERSON", "LOCATION", "ORGANIZATION", "other bounds", "nothing"));
        for (int row = 0; row <= NO_GOLD; row++) {
            String label = row == NO_GOLD ? "(no gold at that span)" : EntityType.values()[row].name();
            out.add(String.format(
                    "%-22s %7d %9d %13d %12d %7s",
                    label,
                    counts[row][0],
                    counts[row][1],
                    counts[row][2],
                    counts[row][BOUNDS],
                    row == NO_GOLD ? "-" : String.valueOf(counts[row][MISSED])));
        }
        return out;
    }

    /** [type ordinal, start, end] of each TYPE:start:end mention. */
    private static List<int[]> spans(Set<String> mentions) {
        List<int[]> spans = new ArrayList<>(mentions.size());
        for (String m : mentions) {
            String[] parts = m.split(":");
            spans.add(new int[] {
                EntityType.valueOf(parts[0]).ordinal(), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
            });
        }
        return spans;
    }
}
