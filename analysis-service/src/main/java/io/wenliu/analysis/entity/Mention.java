package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;

/** One entity mention found by a recogniser: its type, surface text and [start, end) span in the clean text. */
public record Mention(EntityType type, String text, int start, int end) {

    public int length() {
        return end - start;
    }
}
