package io.wenliu.search.rest;

import io.wenliu.search.query.InvalidQueryException;

/** Parses numeric query parameters so that bad values give a 400 with a message rather than a 404. */
final class Params {

    private Params() {}

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, name + " must be a whole number, not '" + value + "'");
        }
    }
}
