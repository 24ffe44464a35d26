package org.iucnkg.validate;

/**
 * One SHACL result in plain words. {@code path} and {@code value} may be null (node-level constraints).
 * {@code message} is the shape's {@code sh:message}, so a person understands it.
 */
public record Violation(String focusNode, String path, String value, String message, String severity, String sourceShape) {

    /** "<focus> ikg:country: every organisation needs ... (value: ...)" */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder(focusNode);
        if (path != null) sb.append(' ').append(path);
        sb.append(": ").append(message);
        if (value != null) sb.append(" (value: ").append(value).append(')');
        return sb.toString();
    }
}
