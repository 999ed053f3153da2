package io.wenliu.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ansj.domain.AnsjItem;
import org.ansj.domain.Term;
import org.ansj.library.DATDictionary;
import org.ansj.library.NgramLibrary;
import org.junit.jupiter.api.Test;

/** After compaction ansj reads, for every pair of its bigram dictionary, the frequency the dictionary gives. */
class CompactBigramsTest {

    @Test
    void ansjFindsTheDictionaryFrequenciesInTheCompactTables() throws IOException {
        assertThat(CompactBigrams.install()).isGreaterThan(10_000);

        Map<String, Integer> pairs = dictionaryPairs();
        assertThat(pairs).hasSizeGreaterThan(100_000);
        int checked = 0;
        for (Map.Entry<String, Integer> pair : pairs.entrySet()) {
            String[] words = pair.getKey().split("@");
            AnsjItem from = DATDictionary.getItem(words[0]);
            AnsjItem to = DATDictionary.getItem(words[1]);
            if (from == AnsjItem.NULL || to == AnsjItem.NULL) {
                continue; // begin/end markers and words ansj's dictionary does not hold
            }
            assertThat(from.bigramEntryMap).isInstanceOf(IntBigrams.class);
            int frequency = NgramLibrary.getTwoWordFreq(new Term(words[0], 0, from), new Term(words[1], 1, to));
            assertThat(frequency).as(pair.getKey()).isEqualTo(pair.getValue());
            checked++;
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    /** The last frequency given for each {@code from@to} pair (a later line replaces an earlier one in ansj). */
    private static Map<String, Integer> dictionaryPairs() throws IOException {
        Map<String, Integer> pairs = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                NgramLibrary.class.getClassLoader().getResourceAsStream("bigramdict.dic"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t");
                if (columns.length == 2 && columns[0].indexOf('@') > 0) {
                    pairs.put(columns[0], Integer.parseInt(columns[1].trim()));
                }
            }
        }
        return pairs;
    }
}
