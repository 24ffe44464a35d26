package org.iucnkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The types a query parameter may declare in its header, under the names the header uses. */
public enum ParamType {
    STRING("string"), INTEGER("integer"), GYEAR("gYear"), IRI("iri"), ENUM("enum"), COUNTRY("country");

    private final String headerName;

    ParamType(String headerName) {
        this.headerName = headerName;
    }

    /** The name used in {@code #+} headers and in the OpenAPI description. */
    public String headerName() {
        return headerName;
    }

    static ParamType of(String headerName) {
        for (ParamType type : values()) {
            if (type.headerName.equals(headerName)) return type;
        }
        String known = Arrays.stream(values()).map(ParamType::headerName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown parameter type '" + headerName + "' (known: " + known + ")");
    }

    @Override
    public String toString() {
        return headerName.toLowerCase(Locale.ROOT);
    }
}
