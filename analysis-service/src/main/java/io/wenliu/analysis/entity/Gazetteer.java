package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The gazetteer of well-known names with their types, and of strings that are never an entity. */
final class Gazetteer {
    /** Classpath resource of the gazetteer: {@code name<TAB>PERSON|LOCATION|ORGANIZATION|NONE}. */
    static final String GAZETTEER = "entity/entity-gazetteer.tsv";

    private final Map<String, EntityType> types;
    private final Set<String> blocked;

    private Gazetteer(Map<String, String> gazetteer) {
        Map<String, EntityType> typed = new HashMap<>();
        Set<String> none = new HashSet<>();
        for (Map.Entry<String, String> e : gazetteer.entrySet()) {
            if (e.getValue().equals("NONE")) {
                none.add(e.getKey());
            } else {
                typed.put(e.getKey(), EntityType.valueOf(e.getValue()));
            }
        }
        this.types = Map.copyOf(typed);
        this.blocked = Set.copyOf(none);
    }

    /** Loads the shipped gazetteer. */
    static Gazetteer load() {
        Map<String, String> map = new HashMap<>();
        for (String line : Resources.lines(GAZETTEER)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                map.put(parts[0].trim(), parts[1].trim());
            }
        }
        return new Gazetteer(Map.copyOf(map));
    }

    /** The gazetteer type of a whole token, or null (also null for blocked strings). */
    EntityType typeOf(String s) {
        return types.get(s);
    }

    /** Whether the string is listed as never an entity. */
    boolean isBlocked(String s) {
        return blocked.contains(s);
    }

    /** Whether the gazetteer or the segmenter's core dictionary knows the string as a name of this type. */
    boolean isKnownAs(String s, EntityType type) {
        EntityType listed = typeOf(s);
        return listed != null ? listed == type : CoreDictionary.inDictionaryAs(s, type);
    }
}
