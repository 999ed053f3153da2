package io.wenliu.search.query;

/** One completion: its text and what it is (title, entity or keyword). */
public record Suggestion(String text, String type) {}
