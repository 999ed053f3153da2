package io.wenliu.platform.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 headers (Kafka protocol binding, binary mode) of every event Wenliu publishes: {@code ce_id},
 * {@code ce_type}, {@code ce_source}, {@code ce_specversion}, {@code ce_time} and {@code content-type}.
 */
public final class CloudEvents {

    private CloudEvents() {}

    /** Adds the headers of an event with a JSON value. {@code time} is RFC 3339 ({@code Instant.toString()}). */
    public static void addHeaders(Headers headers, String id, String type, String source, String time) {
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_time", time);
        add(headers, "content-type", "application/json");
    }

    static void add(Headers headers, String name, String value) {
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }
}
