package org.octoseq.script.host;

import javax.script.ScriptException;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Location;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.openjdk.nashorn.api.scripting.NashornException;

/** Turns what a script engine throws into a diagnostic with file, line and column. */
final class ScriptErrors {

    private ScriptErrors() {
    }

    static Diagnostic of(Throwable error, Phase phase, String file) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof NashornException) && t != t.getCause()) {
            if (t instanceof ScriptException se && se.getLineNumber() > 0) {
                break;
            }
            t = t.getCause();
        }
        Location where = null;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof ScriptException se) {
            where = new Location(file, Math.max(0, se.getLineNumber()), Math.max(0, se.getColumnNumber() + 1));
            message = stripLocation(message);
        } else if (t instanceof NashornException ne) {
            where = new Location(file, Math.max(0, ne.getLineNumber()), Math.max(0, ne.getColumnNumber() + 1));
        }
        Kind kind = phase == Phase.COMPILE ? Kind.PARSE_ERROR : classify(message);
        return new Diagnostic(kind, phase, message, where, 1);
    }

    /** Nashorn repeats "file:line:col" and a code excerpt in the message; the location is kept separately. */
    private static String stripLocation(String message) {
        String first = message.lines().findFirst().orElse(message);
        return first.replaceFirst("^.*?:\\d+:\\d+ ", "").replaceFirst(" in \\S+ at line number \\d+.*$", "").trim();
    }

    private static Kind classify(String message) {
        String m = message.toLowerCase();
        return m.contains("is not a function") || m.contains("undefined") || m.contains("cannot read property")
                || m.contains("no such function") ? Kind.HOST_API_MISUSE : Kind.RUNTIME_ERROR;
    }
}
