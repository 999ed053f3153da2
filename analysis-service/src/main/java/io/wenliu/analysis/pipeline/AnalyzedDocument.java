package io.wenliu.analysis.pipeline;

import io.wenliu.analysis.enrichment.Enrichment;
import java.util.Set;

/** An enrichment together with the distinct terms the document adds to the corpus statistics. */
public record AnalyzedDocument(Enrichment enrichment, Set<String> terms) {}
