package io.wenliu.analysis.enrichment;

/** One unit of enrichment; a failing step leaves its fields empty without affecting the other steps. */
public interface EnrichmentStep {

    /** Short name used in logs and metrics. */
    String name();

    /** Reads the context (and earlier steps' output) and writes its own fields into {@code out}. */
    void apply(AnalysisContext context, EnrichmentBuilder out);
}
