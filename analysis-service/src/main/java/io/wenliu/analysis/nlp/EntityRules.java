package io.wenliu.analysis.nlp;

import java.util.ArrayList;
import java.util.List;

/** Rule layer over the tagger's mentions: organisation suffixes, maximal spans and junk filters. */
public final class EntityRules {

    /** Maps an ansj nature tag to an entity type, or null. */
    static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.LOCATION;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** Applies the rules to the tagger's mentions. */
    List<Mention> apply(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.text().length() >= 2) {
                result.add(m);
            }
        }
        return result;
    }
}
