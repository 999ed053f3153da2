package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunMarkerTest {

    @Test
    void articleNumbersAreWrittenInBase26WithLettersOnly() {
        assertThat(RunMarker.letters(0)).isEqualTo("a");
        assertThat(RunMarker.letters(25)).isEqualTo("z");
        assertThat(RunMarker.letters(26)).isEqualTo("ba");
        assertThat(RunMarker.letters(26 * 26 + 1)).isEqualTo("bab");
        assertThat(IntStream.range(0, 20000).mapToObj(RunMarker::letters).distinct())
                .hasSize(20000);
    }

    @Test
    void runMarkersAreLowercaseLettersAndDifferFromEachOther() {
        Random random = new Random(7);
        String first = RunMarker.newRun(random);
        String second = RunMarker.newRun(random);

        assertThat(first).matches("wlb[a-z]{8}").isNotEqualTo(second);
        assertThat(RunMarker.tag(first, 27)).isEqualTo("（" + first + " " + first + "bb）");
    }
}
