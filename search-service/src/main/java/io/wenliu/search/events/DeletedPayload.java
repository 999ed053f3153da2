package io.wenliu.search.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of ArticleDeleted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeletedPayload(String documentId, String sourceFile, String reason, String sourceEventId) {}
