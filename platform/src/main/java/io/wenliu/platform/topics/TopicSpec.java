package io.wenliu.platform.topics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A topic as the service that produces it declares it: its name, its partitions unless configured otherwise, and the
 * topic configs that are part of its contract (cleanup policy, retention).
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition: " + name);
        }
        configs = Map.copyOf(configs);
    }

    /** A topic with {@code partitions} partitions by default and the broker's topic configs. */
    public static TopicSpec of(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of());
    }

    /** A copy that also sets the topic config {@code key}. */
    public TopicSpec with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(configs);
        more.put(key, value);
        return new TopicSpec(name, partitions, more);
    }

    /** A copy that keeps the latest record of each key forever: {@code cleanup.policy=compact}, no time limit. */
    public TopicSpec compacted() {
        return with("cleanup.policy", "compact").with("retention.ms", "-1");
    }
}
