package io.wenliu.analysis.corpus;

import java.util.Set;

/**
 * A consumed event that was handled: its ids, and for an enriched article the distinct terms it adds to the corpus
 * statistics ({@code addsDocument}); deletions and unknown event types add nothing.
 */
public record HandledEvent(
        String eventId, String articleId, String eventType, boolean addsDocument, Set<String> terms) {

    /** An event handled without adding a document. */
    public static HandledEvent withoutDocument(String eventId, String articleId, String eventType) {
        return new HandledEvent(eventId, articleId, eventType, false, Set.of());
    }
}
