package org.iucnkg.query;

import java.util.List;

/** A request parameter that is missing, unknown or not of its type; the message says what is allowed. */
public class BadParameterException extends RuntimeException {
    private final String parameter;
    private final transient List<String> allowed;

    public BadParameterException(String parameter, String message) {
        this(parameter, message, List.of());
    }

    public BadParameterException(String parameter, String message, List<String> allowed) {
        super(message);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    /** The values the parameter may take, when they are a closed list; otherwise empty. */
    public List<String> allowed() {
        return allowed;
    }
}
