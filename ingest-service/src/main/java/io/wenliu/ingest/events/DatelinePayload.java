package io.wenliu.ingest.events;

/** Dateline inside an ArticleIngested payload. */
public record DatelinePayload(String raw, String agency, String place, String date, String isoDate) {}
