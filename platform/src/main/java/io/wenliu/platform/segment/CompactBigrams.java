package io.wenliu.platform.segment;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.ansj.domain.AnsjItem;
import org.ansj.library.DATDictionary;
import org.ansj.library.NgramLibrary;
import org.jboss.logging.Logger;

/**
 * Replaces each word's bigram table in ansj's dictionary by an {@link IntBigrams} with the same entries, once per
 * JVM: the same frequencies for every lookup (so the same segmentation), about a fifth of the memory and fewer cache
 * misses. Readers racing with the swap see either the old map (never changed again) or the complete new one.
 */
public final class CompactBigrams {

    private static final Logger LOG = Logger.getLogger(CompactBigrams.class);

    private CompactBigrams() {}

    /** Loads ansj's bigram table if needed and compacts it on the first call; returns how many words have one. */
    public static int install() {
        return Installed.WORDS;
    }

    /** Class initialisation runs once, under the JVM's lock. */
    private static final class Installed {
        static final int WORDS = compact();

        private static int compact() {
            long started = System.nanoTime();
            loadAnsjBigrams();
            Set<AnsjItem> items = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < DATDictionary.arrayLength; i++) {
                items.add(DATDictionary.getItem(i));
            }
            items.add(AnsjItem.BEGIN);
            items.add(AnsjItem.END);
            int words = 0;
            long entries = 0;
            for (AnsjItem item : items) {
                if (compact(item)) {
                    words++;
                    entries += item.bigramEntryMap.size();
                }
            }
            LOG.infof(
                    "ansj bigram table compacted in %d ms: %d words, %d entries",
                    (System.nanoTime() - started) / 1_000_000, words, entries);
            return words;
        }

        private static boolean compact(AnsjItem item) {
            Map<Integer, Integer> table = item.bigramEntryMap;
            if (table == null) {
                return false;
            }
            if (!(table instanceof IntBigrams)) {
                item.bigramEntryMap = new IntBigrams(table);
            }
            return true;
        }

        /** NgramLibrary reads bigramdict.dic into the items in its static initialiser. */
        private static void loadAnsjBigrams() {
            try {
                Class.forName(NgramLibrary.class.getName(), true, NgramLibrary.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("ansj's NgramLibrary is missing", e);
            }
        }
    }
}
