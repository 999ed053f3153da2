package io.wenliu.analysis.quality;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores extracted entities against the seed gold per type (GUIDELINES.md: variants accepted, doubtful optional). */
public final class SeedEntityEvaluation {
    /** Scores per type, plus the errors for inspection. */
    public record Result(Map<EntityType, Prf> perType, List<String> falsePositives, List<String> misses) {
        /**
         * The gold entities found under another type only ({@code 002 LOCATION 燕山 -> ORGANIZATION}): a miss and a
         * false positive of the same name in the same file.
         */
        public List<String> wrongType() {
            List<String> out = new ArrayList<>();
            for (String miss : misses) {
                String[] m = miss.split(" ", 3);
                for (String fp : falsePositives) {
                    String[] f = fp.split(" ", 3);
                    if (f[0].equals(m[0]) && f[2].equals(m[2])) {
                        out.add(miss + " -> " + f[1]);
                    }
                }
            }
            return out;
        }
    }

    private SeedEntityEvaluation() {}

    public static Result run(TextAnalyzer analyzer, List<SeedGold.SeedFile> files) {
        Map<EntityType, Prf> perType = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            perType.put(t, new Prf());
        }
        List<String> fps = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (SeedGold.SeedFile file : files) {
            Set<String> predicted = new LinkedHashSet<>();
            for (SeedGold.Segment segment : file.segments()) {
                for (Entity e : analyzer.analyze(null, segment.text(), DocumentFrequencies.EMPTY)
                        .entities()) {
                    predicted.add(e.type() + "\t" + e.text());
                }
            }
            Set<SeedGold.GoldEntity> found = new HashSet<>();
            for (String p : predicted) {
                String[] tt = p.split("\t");
                EntityType type = EntityType.valueOf(tt[0]);
                boolean required = false;
                boolean optional = false;
                for (SeedGold.GoldEntity g : file.entities()) {
                    if (g.type() == type && g.accepted().contains(tt[1])) {
                        if (g.optional()) {
                            optional = true;
                        } else {
                            required = true;
                            found.add(g);
                        }
                    }
                }
                if (required) {
                    perType.get(type).truePositives++;
                } else if (!optional) {
                    perType.get(type).falsePositives++;
                    fps.add(file.file().substring(0, 3) + " " + type + " " + tt[1]);
                }
            }
            for (SeedGold.GoldEntity g : file.entities()) {
                if (!g.optional() && !found.contains(g)) {
                    perType.get(g.type()).falseNegatives++;
                    misses.add(file.file().substring(0, 3) + " " + g.type() + " " + g.name());
                }
            }
        }
        // A predicted entity matching an already-found gold entity (e.g. 江苏 and 江苏省) counts once as correct.
        return new Result(perType, fps, misses);
    }
}
