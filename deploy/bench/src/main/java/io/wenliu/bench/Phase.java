package io.wenliu.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The benchmark's phases in run order, with the names {@code --skip} takes. */
public enum Phase {
    WARMUP("warmup"),
    BURST("burst"),
    RAW("raw"),
    UPLOAD("upload"),
    FRESHNESS("freshness"),
    LOAD("load"),
    FILL("fill"),
    SEARCH("search");

    private final String key;

    Phase(String key) {
        this.key = key;
    }

    /** The name on the command line. */
    public String key() {
        return key;
    }

    /** The phase named {@code key}; a {@link UsageException} for an unknown name. */
    static Phase byKey(String key) {
        return Arrays.stream(values())
                .filter(phase -> phase.key.equals(key.trim()))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown phase '" + key + "' in --skip; phases: "
                        + Arrays.stream(values()).map(Phase::key).collect(Collectors.joining(", "))));
    }
}
