package io.wenliu.ingest.text;

/** A dateline such as （新华社北京3月12日电）, split into its parts. */
public record Dateline(String raw, String agency, String place, String date, String isoDate) {}
