package org.octoseq.api.namespace;

import java.util.Objects;

/**
 * Something the user should know about a script or a project: an error, a warning or a note.
 *
 * @param kind     what went wrong
 * @param phase    when it happened
 * @param message  a sentence for the user
 * @param location where in which file, or {@code null}
 * @param count    how many times it occurred (identical diagnostics are merged)
 */
public record Diagnostic(Kind kind, Phase phase, String message, Location location, int count) {

    public enum Kind { PARSE_ERROR, RUNTIME_ERROR, HOST_API_MISUSE, HOST_ERROR, WARNING, INFO }

    public enum Phase { COMPILE, INIT, UPDATE, DRAW, NAMESPACE, PROJECT, ANALYSIS }

    /**
     * A position in a file.
     *
     * @param file   path as given by the user, or {@code null}
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return (file == null ? "" : file) + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        }
    }

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic of(Kind kind, Phase phase, String message) {
        return new Diagnostic(kind, phase, message, null, 1);
    }

    /** Whether this diagnostic stops something from working (as opposed to a warning or a note). */
    public boolean isError() {
        return kind != Kind.WARNING && kind != Kind.INFO;
    }

    /** The same diagnostic seen once more. */
    public Diagnostic repeated() {
        return new Diagnostic(kind, phase, message, location, count + 1);
    }

    /** One line for a console: {@code file:line:col: warning: message (x3)}. */
    @Override
    public String toString() {
        String where = location == null ? "" : location + ": ";
        return where + kind.name().toLowerCase().replace('_', ' ') + " [" + phase.name().toLowerCase() + "]: "
                + message + (count > 1 ? " (x" + count + ")" : "");
    }
}
