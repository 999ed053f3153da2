package io.wenliu.analysis.pipeline;

import io.wenliu.analysis.corpus.BackgroundFrequencies;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.corpus.FrequenciesUnavailableException;
import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.keyword.KeywordExtractor;
import io.wenliu.analysis.keyword.StopWords;
import io.wenliu.analysis.language.LanguageDetector;
import io.wenliu.analysis.segment.CleanText;
import io.wenliu.analysis.segment.Segmenter;
import io.wenliu.analysis.segment.Token;
import io.wenliu.analysis.statistics.TextStatistics;
import io.wenliu.analysis.summary.Summarizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Runs segmentation and then each enrichment step, isolating a failing step from the others. */
public final class TextAnalyzer {
    private static final Logger LOG = Logger.getLogger(TextAnalyzer.class);

    private final Segmenter segmenter;
    private final List<EnrichmentStep> steps;

    public TextAnalyzer(Segmenter segmenter, List<EnrichmentStep> steps) {
        this.segmenter = segmenter;
        this.steps = List.copyOf(steps);
    }

    /** The standard analyzer: domain lexicon, entity rules, keywords, summary, language and counts. */
    public static TextAnalyzer standard() {
        StopWords stopWords = StopWords.load();
        return new TextAnalyzer(
                Segmenter.withDomainLexicon(),
                List.of(
                        EntityRecognizer.standard(),
                        new KeywordExtractor(new BackgroundFrequencies(), stopWords, Segmenter.lexiconWords()),
                        new Summarizer(),
                        new LanguageDetector(),
                        new TextStatistics()));
    }

    /** Enriches a text; offsets refer to {@code body}. Throws when the text cannot be segmented at all. */
    public Enrichment analyze(String title, String body, DocumentFrequencies frequencies) {
        return analyzeDocument(title, body, frequencies).enrichment();
    }

    /** Enriches a text and also returns the terms it contributes to the corpus document frequencies. */
    public AnalyzedDocument analyzeDocument(String title, String body, DocumentFrequencies frequencies) {
        return analyzeDocument(title, body, frequencies, Stages.NONE);
    }

    /** {@link #analyzeDocument(String, String, DocumentFrequencies)} with each stage run through {@code stages}. */
    public AnalyzedDocument analyzeDocument(String title, String body, DocumentFrequencies frequencies, Stages stages) {
        CleanText clean = CleanText.of(body == null ? "" : body);
        List<List<Token>> segmented = new ArrayList<>(2);
        stages.run("segmentation", () -> {
            segmented.add(segmenter.segment(clean));
            segmented.add(segmenter.words(clean));
        });
        List<Token> words = segmented.get(1);
        AnalysisContext context = new AnalysisContext(title, clean, segmented.get(0), words, frequencies);
        EnrichmentBuilder out = new EnrichmentBuilder();
        for (EnrichmentStep step : steps) {
            try {
                stages.run(step.name(), () -> step.apply(context, out));
            } catch (FrequenciesUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf(e, "enrichment step %s failed; its fields stay empty", step.name());
            }
        }
        Set<String> distinct = new HashSet<>();
        for (Token t : words) {
            if (t.text().length() >= 2 && !t.isPunctuation()) {
                distinct.add(t.text());
            }
        }
        for (Keyword k : out.keywords()) {
            distinct.add(k.term());
        }
        return new AnalyzedDocument(out.build(), new TreeSet<>(distinct));
    }
}
