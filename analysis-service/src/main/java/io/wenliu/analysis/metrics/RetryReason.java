package io.wenliu.analysis.metrics;

import java.sql.SQLException;
import java.util.List;

/**
 * What a transient failure came from, a bounded metric tag: {@code database}, {@code broker} (the Kafka clients, or an
 * event or dead letter the broker did not acknowledge in time) or {@code other}.
 */
final class RetryReason {

    static final List<String> ALL = List.of("database", "broker", "other");

    private RetryReason() {}

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException
                    || name.contains("Corpus")
                    || name.startsWith("org.hibernate")
                    || name.startsWith("jakarta.persistence")
                    || name.startsWith("jakarta.transaction")) {
                return "database";
            }
            if (name.startsWith("org.apache.kafka")
                    || name.startsWith("io.smallrye.reactive.messaging.kafka")
                    || name.endsWith(".PublishFailedException")) {
                return "broker";
            }
        }
        return "other";
    }
}
