package io.wenliu.search.indexing;

import java.time.Duration;

/** Exponential back-off between an initial and a maximum delay. */
public class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.nextMillis = initialMillis;
    }

    /** The delay to wait now; each call doubles the following one up to the maximum. */
    public long nextDelayMillis() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return delay;
    }

    /** Starts over from the initial delay after a success. */
    public void reset() {
        nextMillis = initialMillis;
    }
}
