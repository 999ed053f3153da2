package io.wenliu.search.query;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.wenliu.platform.http.Problems;

/**
 * A search parameter the service refuses: answered 400 as the problem {@code https://wenliu.io/problems/invalid-parameter}
 * naming the parameter, with the message as its detail.
 */
public class InvalidQueryException extends HttpProblem {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(Problems.of("invalid-parameter", 400, "Invalid parameter", message)
                .with("parameter", parameter));
        this.parameter = parameter;
    }

    /** The name of the offending parameter. */
    public String parameter() {
        return parameter;
    }
}
