package io.wenliu.analysis.nlp;

import java.util.List;

/**
 * The input of the enrichment steps: the title, the cleaned text, its tagged tokens (with guessed new words, for
 * entities), its dictionary words (for keywords) and the corpus statistics to use.
 */
public record AnalysisContext(
        String title, CleanText clean, List<Token> tokens, List<Token> words, DocumentFrequencies frequencies) {}
