package io.wenliu.analysis.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** JSON body of {@code POST /api/analyze}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyzeRequest(String title, String text) {}
