package io.wenliu.analysis.enrichment;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.segment.CleanText;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/**
 * The input of the enrichment steps: the title, the cleaned text, its tagged tokens (with guessed new words, for
 * entities), its dictionary words (for keywords) and the corpus statistics to use.
 */
public record AnalysisContext(
        String title, CleanText clean, List<Token> tokens, List<Token> words, DocumentFrequencies frequencies) {}
