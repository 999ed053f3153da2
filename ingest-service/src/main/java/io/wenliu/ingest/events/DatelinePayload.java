package io.wenliu.ingest.events;

/**
 * Dateline inside an ArticleIngested payload: the date as printed and what is known of it. {@code isoDate} is set only
 * when the year is known ({@code yearSource}: printed, text, metadata, configured).
 */
public record DatelinePayload(
        String raw,
        String agency,
        String place,
        String date,
        String isoDate,
        Integer year,
        Integer month,
        Integer day,
        String yearSource,
        String yearEvidence) {}
