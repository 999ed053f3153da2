package io.wenliu.analysis.nlp;

/** The kinds of named entity the analyzer reports. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
