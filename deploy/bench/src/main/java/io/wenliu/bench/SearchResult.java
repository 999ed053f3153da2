package io.wenliu.bench;

import java.util.List;

/** The search phase: the index size it ran against, the number of query terms, and each concurrency level. */
public record SearchResult(long indexSize, int terms, List<SearchLevel> levels) {}
