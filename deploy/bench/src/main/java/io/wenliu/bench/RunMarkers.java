package io.wenliu.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Hands out a run marker per phase, never the same one twice within a run. */
final class RunMarkers {

    private final Random markers = new Random();
    private final Set<String> usedMarkers = new HashSet<>();

    /** A marker not handed out before. */
    String newRun() {
        String run;
        do {
            run = RunMarker.newRun(markers);
        } while (!usedMarkers.add(run));
        return run;
    }
}
