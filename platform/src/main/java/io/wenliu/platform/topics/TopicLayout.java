package io.wenliu.platform.topics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a declared topic is laid out on a cluster. Each value can be set per topic, in the service's configuration or
 * its environment:
 *
 * <ul>
 *   <li>{@code wenliu.topics.<topic>.partitions} ({@code WENLIU_TOPICS_ARTICLES_INGESTED_PARTITIONS} for
 *       articles.ingested): the declared default otherwise;
 *   <li>{@code wenliu.topics.<topic>.replication-factor}: {@code min(3, brokers)} otherwise, so that one lost broker
 *       loses nothing on a cluster of three or more;
 *   <li>{@code wenliu.topics.<topic>.min-insync-replicas}: {@code replication - 1}, at least 1 and at most 2, so that
 *       an acknowledged write is on two brokers and one broker may be down without stopping the producers.
 * </ul>
 */
public final class TopicLayout {

    static final String PREFIX = "wenliu.topics.";

    private final Function<String, Optional<String>> settings;

    /** {@code settings} looks up a configuration property by name (MicroProfile Config, say). */
    public TopicLayout(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** The layout the running service is configured with (MicroProfile Config: properties and environment). */
    public static TopicLayout fromConfig() {
        return new TopicLayout(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** The topic to create for {@code spec} on a cluster of {@code brokers} brokers. */
    public NewTopic plan(TopicSpec spec, int brokers) {
        int partitions = number(spec.name(), "partitions").orElse(spec.partitions());
        int replication = replication(spec.name(), brokers);
        int minInsync = number(spec.name(), "min-insync-replicas").orElse(Math.max(1, Math.min(2, replication - 1)));
        if (minInsync > replication) {
            throw new IllegalArgumentException(PREFIX + spec.name() + ".min-insync-replicas is " + minInsync
                    + ", more than its replication " + replication + ": no write could ever be acknowledged");
        }
        Map<String, String> configs = new HashMap<>(spec.configs());
        configs.put("min.insync.replicas", String.valueOf(minInsync));
        return new NewTopic(spec.name(), partitions, (short) replication).configs(configs);
    }

    /** The replication {@code topic} gets (and should have) on a cluster of {@code brokers} brokers. */
    public int replication(String topic, int brokers) {
        return number(topic, "replication-factor").orElse(Math.max(1, Math.min(3, brokers)));
    }

    /** The configured partitions of {@code spec}, or its declared default. */
    public int partitions(TopicSpec spec) {
        return number(spec.name(), "partitions").orElse(spec.partitions());
    }

    private Optional<Integer> number(String topic, String setting) {
        String key = PREFIX + topic + "." + setting;
        return settings.apply(key).map(String::trim).map(value -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
            }
            if (number < 1) {
                throw new IllegalArgumentException(key + " must be at least 1, got " + number);
            }
            return number;
        });
    }
}
