package io.wenliu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static Map<String, String> strings(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return map;
    }

    @Test
    void aDeadLetterKeepsTheOriginalHeadersAndSaysWhyAndWhereFrom() {
        ConsumerRecord<String, String> original = new ConsumerRecord<>("articles.enriched", 3, 41L, "a-1", "{");
        original.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
        Headers headers = new RecordHeaders();

        DeadLetters.addHeaders(headers, original, "unreadable", new IllegalArgumentException("not JSON"));

        assertThat(strings(headers))
                .containsExactly(
                        Map.entry("ce_id", "e-1"),
                        Map.entry("dlq-reason", "unreadable"),
                        Map.entry("dlq-exception", "java.lang.IllegalArgumentException: not JSON"),
                        Map.entry("dlq-original-topic", "articles.enriched"),
                        Map.entry("dlq-original-partition", "3"),
                        Map.entry("dlq-original-offset", "41"));
    }

    @Test
    void withoutACauseTheExceptionHeaderIsEmpty() {
        Headers headers = new RecordHeaders();

        DeadLetters.addHeaders(headers, new ConsumerRecord<>("t", 0, 0L, "k", "v"), "invalid", null);

        assertThat(strings(headers)).containsEntry("dlq-exception", "");
    }

    @Test
    void cloudEventsHeadersAreTheBinaryModeSet() {
        Headers headers = new RecordHeaders();

        CloudEvents.addHeaders(headers, "id-1", "io.wenliu.X.v1", "/wenliu/x", "2026-12-01T00:00:00Z");

        assertThat(strings(headers))
                .containsExactly(
                        Map.entry("ce_id", "id-1"),
                        Map.entry("ce_type", "io.wenliu.X.v1"),
                        Map.entry("ce_source", "/wenliu/x"),
                        Map.entry("ce_specversion", "1.0"),
                        Map.entry("ce_time", "2026-12-01T00:00:00Z"),
                        Map.entry("content-type", "application/json"));
    }
}
