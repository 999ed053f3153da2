package io.wenliu.analysis.enrichment;

/** The kinds of named entity the analyzer reports. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
