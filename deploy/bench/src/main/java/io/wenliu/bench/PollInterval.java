package io.wenliu.bench;

/**
 * How long the searchable wait sleeps before its next count: a quarter of the time the hits still missing would take
 * at the rate seen so far, between 100 ms and 1 s. Each count is a search with facets that the stack under test must
 * answer, so polling at a fixed 5 per second cost OpenSearch and the search service several percent of the machine
 * during a burst; this way most counts come in the last second, where they decide the measured end.
 */
final class PollInterval {

    static final long MIN_MILLIS = 100;
    static final long MAX_MILLIS = 1000;
    /** Before any hit has been counted there is no rate to go by. */
    static final long UNKNOWN_RATE_MILLIS = 200;

    private PollInterval() {}

    /**
     * @param added hits counted so far in this phase
     * @param missing hits still expected
     * @param seconds time since the phase started
     */
    static long millis(long added, long missing, double seconds) {
        if (added <= 0 || seconds <= 0) {
            return UNKNOWN_RATE_MILLIS;
        }
        double secondsLeft = missing / (added / seconds);
        return Math.max(MIN_MILLIS, Math.min(MAX_MILLIS, Math.round(secondsLeft * 1000 / 4)));
    }
}
