package io.wenliu.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** How often the ledger is counted, on given times (no database, no clock). */
class LedgerCountsTest {

    private static final long MS = 1_000_000L;

    private final LedgerCounts counts = new LedgerCounts(null, new SimpleMeterRegistry());

    @Test
    void theFirstCountIsAlwaysDue() {
        assertThat(counts.due(-5 * MS)).isTrue();
    }

    @Test
    void aQuickCountLeavesTheNextScheduledRunDue() {
        counts.counted(0, 190 * MS);

        assertThat(counts.due(30_000 * MS))
                .as("30 s later, after a count of 0.19 s")
                .isTrue();
    }

    @Test
    void aSlowCountSkipsRunsUntilCountingWasOnePercentOfTheTime() {
        counts.counted(0, 2_500 * MS);

        assertThat(counts.due(30_000 * MS)).isFalse();
        assertThat(counts.due(249_999 * MS)).isFalse();
        assertThat(counts.due(250_000 * MS)).as("99 x 2.5 s after its end").isTrue();
    }
}
