package io.wenliu.analysis.entity.model;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the model's mentions and the rule layer's are combined into the recogniser's answer. */
public enum MentionMerge {
    /** The model's mentions alone (the rules only as its features). */
    MODEL,
    /** The rules' mentions, plus the model's where the rules have none. */
    ADD,
    /** The rules' mentions, plus the model's organisations where the rules have none. */
    ADD_ORGANISATIONS,
    /** The model's organisations, plus the rules' mentions that do not overlap them. */
    MODEL_ORGANISATIONS;

    public List<Mention> merge(List<Mention> rules, List<Mention> model) {
        List<Mention> first;
        List<Mention> second;
        switch (this) {
            case MODEL:
                return model;
            case ADD:
                first = rules;
                second = model;
                break;
            case ADD_ORGANISATIONS:
                first = rules;
                second = organisations(model);
                break;
            default:
                first = organisations(model);
                second = rules;
        }
        List<Mention> out = new ArrayList<>(first);
        for (Mention m : second) {
            if (first.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static List<Mention> organisations(List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION)
                .toList();
    }
}
