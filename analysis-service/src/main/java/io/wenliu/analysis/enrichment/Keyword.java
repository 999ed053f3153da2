package io.wenliu.analysis.enrichment;

/** A key phrase of the document with its relative score (the best keyword scores 1.0). */
public record Keyword(String term, double score) {}
