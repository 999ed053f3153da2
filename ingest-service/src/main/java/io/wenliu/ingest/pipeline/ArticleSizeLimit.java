package io.wenliu.ingest.pipeline;

import io.wenliu.ingest.article.ParsedArticle;
import io.wenliu.ingest.extract.DocumentRejectedException;
import io.wenliu.ingest.ledger.FailureReason;
import java.util.List;

/**
 * Refuses a document with an article too large for one event: the Kafka producer sends records of at most 1 MiB
 * ({@code max.request.size}), and analysis adds its enrichment to the same text. An article over that limit could
 * never be published, and the outbox relay, which sends in order, would retry it forever while every later article
 * waited behind it.
 */
final class ArticleSizeLimit {

    private static final int TITLE_CHARS_SHOWN = 30;

    private final long maxBytes;

    ArticleSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Throws TOO_LARGE for the first article whose text (title, subtitle, byline, body) exceeds the limit in UTF-8. */
    void check(List<ParsedArticle> articles) throws DocumentRejectedException {
        for (ParsedArticle article : articles) {
            long bytes = utf8Length(article.title())
                    + utf8Length(article.subtitle())
                    + utf8Length(article.byline())
                    + utf8Length(article.body());
            if (bytes > maxBytes) {
                throw new DocumentRejectedException(
                        FailureReason.TOO_LARGE,
                        String.format(
                                "article %d (\"%s\") has %,d characters, %,d bytes of text; an article may have at most"
                                        + " %,d (wenliu.ingest.max-article-bytes): split the document",
                                article.segmentIndex() + 1,
                                shortTitle(article.title()),
                                article.body().length(),
                                bytes,
                                maxBytes));
            }
        }
    }

    /** Bytes of {@code text} in UTF-8 (0 for null), counted without encoding it. */
    static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 2; // a pair is 4 bytes; an unpaired half is written as '?', counted generously
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String shortTitle(String title) {
        if (title == null) {
            return "";
        }
        return title.length() <= TITLE_CHARS_SHOWN ? title : title.substring(0, TITLE_CHARS_SHOWN) + "…";
    }
}
