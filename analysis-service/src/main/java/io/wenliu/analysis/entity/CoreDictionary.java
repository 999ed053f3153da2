package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import org.ansj.domain.AnsjItem;
import org.ansj.domain.PersonNatureAttr;
import org.ansj.domain.TermNature;
import org.ansj.library.DATDictionary;

/**
 * What the segmenter's core dictionary says about a word: the name types it is tagged with, its usual nature, its
 * roles in people's names.
 */
final class CoreDictionary {
    private CoreDictionary() {}

    /** Whether the segmenter's core dictionary tags the string with a nature of this type (nr, ns, nt…). */
    static boolean inDictionaryAs(String s, EntityType type) {
        AnsjItem item = DATDictionary.getItem(s);
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return false;
        }
        for (TermNature nature : item.termNatures.termNatures) {
            if (EntityRules.typeOf(nature.nature.natureStr) == type) {
                return true;
            }
        }
        return false;
    }

    /** The most frequent nature of a word in the core dictionary, or null. */
    static String bestNature(String word) {
        AnsjItem item = DATDictionary.getItem(word);
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return null;
        }
        TermNature best = null;
        for (TermNature nature : item.termNatures.termNatures) {
            if (best == null || nature.frequency > best.frequency) {
                best = nature;
            }
        }
        return best == null ? null : best.nature.natureStr;
    }

    /** The word's log scores in ansj's person-role table (surname, given name, no part of a name…), or null. */
    static PersonNatureAttr personRoles(String word) {
        AnsjItem item = DATDictionary.getItem(word);
        return item == null || item.termNatures == null ? null : item.termNatures.personAttr;
    }
}
