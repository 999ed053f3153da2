package io.wenliu.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a dead letter, the same on every dead-letter topic: the original record's headers, then
 * {@code dlq-reason}, {@code dlq-exception} ({@code class: message}, empty without a cause) and
 * {@code dlq-original-topic}, {@code -partition}, {@code -offset}.
 */
public final class DeadLetters {

    private DeadLetters() {}

    /** Adds the original's headers and why and where it failed to {@code headers} (those of the copy). */
    public static void addHeaders(Headers headers, ConsumerRecord<?, ?> original, String reason, Throwable cause) {
        original.headers().forEach(headers::add);
        CloudEvents.add(headers, "dlq-reason", reason);
        CloudEvents.add(
                headers, "dlq-exception", cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage());
        CloudEvents.add(headers, "dlq-original-topic", original.topic());
        CloudEvents.add(headers, "dlq-original-partition", Integer.toString(original.partition()));
        CloudEvents.add(headers, "dlq-original-offset", Long.toString(original.offset()));
    }
}
