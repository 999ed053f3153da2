package io.wenliu.analysis.enrichment;

import java.util.ArrayList;
import java.util.List;

/** Mutable collector the enrichment steps fill in, in order; later steps may read what earlier ones produced. */
public final class EnrichmentBuilder {
    List<Entity> entities = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    String language = "und";
    String script = "Zyyy";
    int charCount;
    int wordCount;

    public List<Entity> entities() {
        return entities;
    }

    public void entities(List<Entity> value) {
        entities = List.copyOf(value);
    }

    public List<Keyword> keywords() {
        return keywords;
    }

    public void keywords(List<Keyword> value) {
        keywords = List.copyOf(value);
    }

    public void summary(List<String> value) {
        summary = List.copyOf(value);
    }

    public void language(String language, String script) {
        this.language = language;
        this.script = script;
    }

    public void counts(int charCount, int wordCount) {
        this.charCount = charCount;
        this.wordCount = wordCount;
    }

    public Enrichment build() {
        return new Enrichment(
                List.copyOf(entities),
                List.of(),
                List.copyOf(keywords),
                List.copyOf(summary),
                language,
                script,
                charCount,
                wordCount,
                Enrichment.ANALYZER);
    }
}
