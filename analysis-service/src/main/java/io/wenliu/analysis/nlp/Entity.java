package io.wenliu.analysis.nlp;

import java.util.List;

/** A distinct entity string of one type with the [start, end) offsets of every mention in the analysed text. */
public record Entity(String text, EntityType type, int count, List<int[]> offsets) {}
