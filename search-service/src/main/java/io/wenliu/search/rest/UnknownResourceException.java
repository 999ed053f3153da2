package io.wenliu.search.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.wenliu.platform.http.Problems;

/** A request for an article or entity the archive does not hold: 404 {@code not-found}, naming the parameter. */
public class UnknownResourceException extends HttpProblem {

    private static final long serialVersionUID = 1L;

    private UnknownResourceException(String detail, String parameter) {
        super(Problems.of("not-found", 404, "Not found", detail).with("parameter", parameter));
    }

    /** No article has this id. */
    public static UnknownResourceException article(String id) {
        return new UnknownResourceException("no article with id " + id, "id");
    }

    /** No article mentions this entity. */
    public static UnknownResourceException entity(String type, String name) {
        return new UnknownResourceException("no article mentions the " + type + " " + name, "name");
    }
}
