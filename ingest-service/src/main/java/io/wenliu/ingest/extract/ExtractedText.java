package io.wenliu.ingest.extract;

/** Text taken out of a document, with the media type and charset it came from. */
public record ExtractedText(String text, String mediaType, String charset) {}
