package io.wenliu.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntBigramsTest {

    @Test
    void answersEveryLookupLikeTheMapItCopies() {
        Random random = new Random(7);
        Map<Integer, Integer> source = new HashMap<>();
        while (source.size() < 2_000) {
            source.put(random.nextInt(400_000) - 1_000, random.nextInt(100_000));
        }
        IntBigrams compact = new IntBigrams(source);

        assertThat(compact).hasSize(source.size()).isEqualTo(source);
        for (int probe = -2_000; probe < 401_000; probe += 7) {
            assertThat(compact.get(probe)).as("key %d", probe).isEqualTo(source.get(probe));
            assertThat(compact.containsKey(probe)).isEqualTo(source.containsKey(probe));
        }
        source.forEach((key, value) -> assertThat(compact.get(key)).isEqualTo(value));
        assertThat(compact.get("12")).isNull();
        assertThat(compact.get(null)).isNull();
    }

    @Test
    void findsRunsOfNeighbouringKeysInALargeTable() {
        Map<Integer, Integer> source = new HashMap<>();
        for (int key = 0; key < 150_000; key += 3) {
            source.put(key, key / 3);
        }
        IntBigrams compact = new IntBigrams(source);

        assertThat(compact).isEqualTo(source);
        for (int probe = -10; probe < 150_010; probe++) {
            assertThat(compact.get(probe)).as("key %d", probe).isEqualTo(source.get(probe));
        }
    }

    @Test
    void keepsTheExtremeKeys() {
        Map<Integer, Integer> source =
                Map.of(Integer.MIN_VALUE, 1, Integer.MAX_VALUE, 2, 0, 3, -1, 4, Integer.MIN_VALUE + 1, 5);
        IntBigrams compact = new IntBigrams(source);

        assertThat(compact).hasSize(5).isEqualTo(source);
        assertThat(new HashMap<>(compact)).isEqualTo(source);
        source.forEach((key, value) -> assertThat(compact.get(key)).isEqualTo(value));
        assertThat(compact.containsKey(Integer.MIN_VALUE)).isTrue();
        assertThat(compact.get(1)).isNull();
        assertThat(new IntBigrams(Map.of(0, 9)).get(Integer.MIN_VALUE)).isNull();
    }

    @Test
    void anEmptyTableFindsNothing() {
        IntBigrams compact = new IntBigrams(Map.of());

        assertThat(compact).isEmpty();
        assertThat(compact.get(0)).isNull();
    }
}
