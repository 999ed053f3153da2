package io.wenliu.analysis.enrichment;

import java.util.List;

/**
 * A distinct entity string of one type with the [start, end) offsets of every mention in the analysed text and the
 * confidence (0 to 1) of its best-supported mention (see {@code entity.EntityConfidence}).
 */
public record Entity(String text, EntityType type, int count, List<int[]> offsets, double confidence) {}
