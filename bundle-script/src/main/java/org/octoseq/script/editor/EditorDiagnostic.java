package org.octoseq.script.editor;

/**
 * A diagnostic placed in the script.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param line     1-based, 0 when unknown
 * @param column   1-based, 0 when unknown
 * @param phase    when it happened: compile, init, update, draw, namespace…
 * @param message  the host's sentence
 * @param count    how often it occurred
 */
public record EditorDiagnostic(String severity, int line, int column, String phase, String message, int count) {
}
