package io.wenliu.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.ingest.article.Seeds;
import io.wenliu.ingest.events.ArticleDeletedPayload;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.DatelinePayload;
import io.wenliu.ingest.events.EventEnvelope;
import io.wenliu.ingest.events.EventJson;
import io.wenliu.ingest.events.EventTypes;
import io.wenliu.ingest.ledger.OutboxEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The record value with the payload embedded as stored is byte for byte the one with the payload parsed and rewritten. */
class RawPayloadEnvelopeTest {

    @Test
    void sameBytesAsParsingAndRewritingThePayload() throws IOException {
        long version = 1;
        for (Object payload : payloads()) {
            OutboxEvent event = new OutboxEvent();
            event.id = version++;
            event.eventId = UUID.randomUUID();
            event.eventType =
                    payload instanceof ArticleDeletedPayload ? EventTypes.ARTICLE_DELETED : EventTypes.ARTICLE_INGESTED;
            event.articleId = "a-" + UUID.randomUUID();
            event.occurredAt = Instant.parse("2026-11-30T12:00:00.123456789Z");
            event.payload = EventJson.write(payload);

            String rewritten = EventJson.write(new EventEnvelope<>(
                    event.eventId,
                    event.eventType,
                    EventTypes.SCHEMA_VERSION,
                    event.articleId,
                    event.occurredAt,
                    event.id,
                    EventJson.read(event.payload)));

            assertThat(OutboxRecordFactory.toRecord(event).value()).isEqualTo(rewritten);
        }
    }

    private static List<Object> payloads() throws IOException {
        List<Object> payloads = new ArrayList<>();
        String tricky = "引号\"反斜杠\\ 控制\u0001\u001F 换行\n\r\t 分隔\u2028\u2029 表情😀 替换\uFFFD 零\u0000 </script>";
        payloads.add(payload(tricky, null, List.of()));
        payloads.add(payload(
                "", new DatelinePayload("（新华社北京3月12日电）", "新华社", "北京", "3月12日", null, null, 3, 12, null, null), null));
        payloads.add(new ArticleDeletedPayload(UUID.randomUUID(), "改名 副本.txt", tricky));
        try (Stream<Path> seeds = Files.list(Seeds.projectRoot().resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                payloads.add(payload(Files.readString(seed, StandardCharsets.UTF_8), null, List.of("王鹏", "江琳")));
            }
        }
        return payloads;
    }

    private static ArticleIngestedPayload payload(String body, DatelinePayload dateline, List<String> authors) {
        return new ArticleIngestedPayload(
                UUID.randomUUID(),
                "人民日报 第 1 版.txt",
                3,
                "标题",
                null,
                authors,
                null,
                "新华社",
                null,
                dateline,
                body,
                "0".repeat(64),
                "zh-Hans",
                Instant.parse("2026-11-30T12:00:00.1Z"),
                List.of());
    }
}
