package org.octoseq.script.api;

/**
 * A warning about the script's API surface (the seed's Part 6): something the project promises that does not
 * reach the script, model and runtime disagreeing, or an old name in the script.
 *
 * @param kind    which check found it
 * @param path    the script path it is about
 * @param message a sentence for the user
 * @param line    1-based line in the script, 0 when it is not about a place in the script
 * @param column  1-based column, 0 when unknown
 */
public record Guardrail(Kind kind, String path, String message, int line, int column) {

    public enum Kind {
        /** a stem, band, custom signal or event stream of project.json has no key at runtime ({@code unbound_signal}) */
        UNBOUND,
        /** a member that exists with data has none (failed or disabled analysis) */
        NO_DATA,
        /** the model has an entry with no runtime binding ({@code missing_runtime}) */
        MISSING_RUNTIME,
        /** a runtime binding has no model entry ({@code missing_registry}) */
        MISSING_MODEL,
        /** model and runtime disagree on a type or an argument count */
        MISMATCH,
        /** the script uses a name of the original Octoseq engine */
        LEGACY_NAME
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + (column > 0 ? ":" + column : "") + ": " : "") + message;
    }
}
