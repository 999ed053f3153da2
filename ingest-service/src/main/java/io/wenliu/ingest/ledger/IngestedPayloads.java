package io.wenliu.ingest.ledger;

import io.wenliu.ingest.article.Dateline;
import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.events.ArticleIngestedPayload;
import io.wenliu.ingest.events.CreditPayload;
import io.wenliu.ingest.events.DatelinePayload;
import java.time.Instant;
import java.util.UUID;

/** Builds the payload of an ArticleIngested outbox event from a parsed article. */
final class IngestedPayloads {

    private IngestedPayloads() {}

    static ArticleIngestedPayload payload(
            UUID documentId, String sourceFile, ParsedArticle parsed, String hash, String languageHint, Instant now) {
        return new ArticleIngestedPayload(
                documentId,
                sourceFile,
                parsed.segmentIndex(),
                parsed.title(),
                parsed.subtitle(),
                parsed.authors(),
                parsed.byline(),
                parsed.source(),
                parsed.coSource(),
                datelinePayload(parsed.dateline()),
                parsed.body(),
                hash,
                languageHint,
                now,
                parsed.credits().stream()
                        .map(c -> new CreditPayload(c.role(), c.name()))
                        .toList());
    }

    private static DatelinePayload datelinePayload(Dateline d) {
        return d == null
                ? null
                : new DatelinePayload(
                        d.raw(),
                        d.agency(),
                        d.place(),
                        d.date(),
                        d.isoDate(),
                        d.year(),
                        d.month(),
                        d.day(),
                        d.yearSource() == null ? null : d.yearSource().wireName(),
                        d.yearEvidence());
    }
}
