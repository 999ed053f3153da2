package io.wenliu.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchFrequenciesTest {

    private static final Map<String, Long> STORED = Map.of("发展", 40L, "复工复产", 3L);

    private final List<List<String>> reads = new ArrayList<>();

    private Map<String, Long> store(Collection<String> terms) {
        reads.add(List.copyOf(terms));
        return STORED.entrySet().stream()
                .filter(e -> terms.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void answersWhatTheStoreHoldsAndLeavesUnknownTermsOut() {
        BatchFrequencies batch = new BatchFrequencies(120, this::store);

        assertThat(batch.documentCount()).isEqualTo(120);
        assertThat(batch.frequencies(List.of("发展", "未见", "复工复产")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("发展", 40L, "复工复产", 3L));
    }

    @Test
    void readsEachTermFromTheStoreOnceKnownOrNot() {
        BatchFrequencies batch = new BatchFrequencies(120, this::store);

        batch.frequencies(List.of("发展", "未见"));
        Map<String, Long> second = batch.frequencies(List.of("未见", "发展", "复工复产"));

        assertThat(reads).containsExactly(List.of("发展", "未见"), List.of("复工复产"));
        assertThat(second).containsExactlyInAnyOrderEntriesOf(Map.of("发展", 40L, "复工复产", 3L));
    }

    @Test
    void termsAllReadBeforeNeedNoStoreRead() {
        BatchFrequencies batch = new BatchFrequencies(120, this::store);
        batch.frequencies(List.of("发展", "未见"));

        assertThat(batch.frequencies(List.of("未见"))).isEmpty();
        assertThat(reads).hasSize(1);
    }
}
