package io.wenliu.search.entity;

import io.wenliu.search.query.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * One entity across the archive: how many articles mention it, when (per month of their known date), the entities
 * that appear with it most often (by type, the entity itself left out), the forms it is written in, and its latest
 * articles.
 */
public record EntityPage(
        String type,
        String name,
        long articles,
        SearchResult.Timeline timeline,
        Map<String, List<SearchResult.FacetValue>> related,
        List<String> forms,
        List<SearchResult.Hit> latest) {}
