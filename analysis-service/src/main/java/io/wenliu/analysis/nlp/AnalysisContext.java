package io.wenliu.analysis.nlp;

import java.util.List;

/** The input of the enrichment steps: the cleaned text, its tokens, the title and the corpus statistics to use. */
public record AnalysisContext(String title, CleanText clean, List<Token> tokens, DocumentFrequencies frequencies) {}
