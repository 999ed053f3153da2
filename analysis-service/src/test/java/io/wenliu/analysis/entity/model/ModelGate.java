package io.wenliu.analysis.entity.model;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules' mentions first, plus the model's mentions that overlap none of them and of which the model is
 * confident: margin (see {@link EntityTagger.ScoredMention}) at least {@code threshold}, and, when
 * {@code organisationsOnly}, of type ORGANIZATION.
 */
public record ModelGate(float threshold, boolean organisationsOnly) {

    public List<Mention> merge(List<Mention> rules, List<EntityTagger.ScoredMention> model) {
        List<Mention> out = new ArrayList<>(rules);
        for (EntityTagger.ScoredMention scored : model) {
            Mention m = scored.mention();
            if (scored.margin() < threshold || (organisationsOnly && m.type() != EntityType.ORGANIZATION)) {
                continue;
            }
            if (rules.stream().noneMatch(r -> r.start() < m.end() && m.start() < r.end())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    @Override
    public String toString() {
        return (organisationsOnly ? "ORG" : "all") + "≥" + threshold;
    }
}
