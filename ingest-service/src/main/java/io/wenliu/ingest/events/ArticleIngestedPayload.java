package io.wenliu.ingest.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of an ArticleIngested v1 event. */
public record ArticleIngestedPayload(
        UUID documentId,
        String sourceFile,
        int segmentIndex,
        String title,
        String subtitle,
        List<String> authors,
        String byline,
        String source,
        String coSource,
        DatelinePayload dateline,
        String body,
        String contentHash,
        String languageHint,
        Instant ingestedAt,
        List<CreditPayload> credits) {}
