package io.wenliu.search.rest;

/** A request for an article or entity the archive does not hold (404), naming the parameter at fault. */
public class UnknownResourceException extends RuntimeException {

    private final String parameter;

    private UnknownResourceException(String message, String parameter) {
        super(message);
        this.parameter = parameter;
    }

    /** No article has this id. */
    public static UnknownResourceException article(String id) {
        return new UnknownResourceException("no article with id " + id, "id");
    }

    /** No article mentions this entity. */
    public static UnknownResourceException entity(String type, String name) {
        return new UnknownResourceException("no article mentions the " + type + " " + name, "name");
    }

    public String parameter() {
        return parameter;
    }
}
