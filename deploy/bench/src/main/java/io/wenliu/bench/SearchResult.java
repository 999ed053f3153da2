package io.wenliu.bench;

import java.util.List;

/**
 * The search phase: the index size it ran against, the number of queries to choose from and how they were sent
 * ({@link SearchQueries}), and each concurrency level.
 */
public record SearchResult(long indexSize, int terms, SearchQueries queries, List<SearchLevel> levels) {}
