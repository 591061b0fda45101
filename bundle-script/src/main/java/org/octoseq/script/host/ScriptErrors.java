package org.octoseq.script.host;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptException;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Location;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.script.engine.CallBudget;
import org.octoseq.script.engine.LanguageLimits;
import org.octoseq.script.engine.SandboxViolation;
import org.octoseq.script.engine.SourceMap;
import org.openjdk.nashorn.api.scripting.NashornException;

/**
 * Turns what a script engine throws into a diagnostic with the user's file, line and column (guard calls the
 * host inserted are mapped away), a message that says what to do for the engine's known gaps and sandbox
 * refusals, and a code excerpt for the console.
 */
final class ScriptErrors {

    /** How Nashorn starts a message that carries its position: {@code <name>:line:column }. */
    private static final Pattern LOCATED_MESSAGE = Pattern.compile("^.*?:(\\d+):(\\d+) ");

    private ScriptErrors() {
    }

    static Diagnostic of(Throwable error, Phase phase, String file, SourceMap map) {
        Throwable budget = find(error, CallBudget.BudgetExceeded.class);
        if (budget != null) {
            return new Diagnostic(Kind.RUNTIME_ERROR, phase, callName(phase) + " " + budget.getMessage(),
                    scriptFrame(budget, file), 1);
        }
        Throwable sandbox = find(error, SandboxViolation.class);
        if (sandbox != null) {
            return new Diagnostic(Kind.RUNTIME_ERROR, phase, sandbox.getMessage(), scriptFrame(sandbox, file), 1);
        }
        Throwable blockedClass = find(error, ClassNotFoundException.class);
        if (blockedClass != null) {
            return new Diagnostic(Kind.RUNTIME_ERROR, phase, "Java class " + blockedClass.getMessage()
                    + " is not available to show scripts (only org.octoseq.api.* classes are)",
                    scriptFrame(error, file), 1);
        }
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
            where = location(file, se.getLineNumber(), se.getColumnNumber(), map);
            message = stripLocation(message);
        } else if (t instanceof NashornException ne) {
            where = location(file, ne.getLineNumber(), ne.getColumnNumber(), map);
            message = stripLocation(message);
        } else {
            Matcher m = LOCATED_MESSAGE.matcher(message);
            if (m.lookingAt()) { // the compiler's unchecked "<name>:line:col message" (e.g. unimplemented ES6)
                where = location(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), map);
                message = stripLocation(message);
            }
        }
        if (where == null || where.line() == 0) {
            Location frame = scriptFrame(error, file);
            where = frame != null ? frame : where;
        }
        message = LanguageLimits.explain(message, where == null ? "" : map.originalLine(where.line()));
        Kind kind = phase == Phase.COMPILE ? Kind.PARSE_ERROR : classify(message);
        return new Diagnostic(kind, phase, message, where, 1);
    }

    /** Reports {@code error} to {@code diagnostics}, with a code excerpt for the console. */
    static void report(DiagnosticLog diagnostics, Throwable error, Phase phase, String file, SourceMap map) {
        Diagnostic d = of(error, phase, file, map);
        diagnostics.report(d, excerpt(d, map));
    }

    /** The user's source around the diagnostic's position, with a caret under the column, or "". */
    static String excerpt(Diagnostic d, SourceMap map) {
        Location where = d.location();
        if (where == null || where.line() < 1) {
            return "";
        }
        String text = map.originalLine(where.line());
        String gutter = String.format("%5d | ", where.line());
        StringBuilder out = new StringBuilder().append(gutter).append(text).append(System.lineSeparator());
        if (where.column() > 0) {
            out.append(" ".repeat(gutter.length() - 2)).append("| ")
                    .append(" ".repeat(Math.min(where.column() - 1, text.length()))).append('^')
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String callName(Phase phase) {
        return switch (phase) {
            case COMPILE, INIT -> "loading the script (top level and init)";
            case DRAW -> "draw";
            default -> "update";
        };
    }

    private static Location location(String file, int line, int column0, SourceMap map) {
        if (line <= 0) {
            return null;
        }
        int column = column0 < 0 ? 0 : map.originalColumn(line, column0 + 1);
        return new Location(file, line, Math.max(0, column));
    }

    /** The innermost frame of the user's script in the stack of {@code error} or its causes, as a line-only location. */
    private static Location scriptFrame(Throwable error, String file) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) { // script frames carry the script's file name
                if (file.equals(e.getFileName()) && e.getLineNumber() > 0) {
                    return new Location(file, e.getLineNumber(), 0);
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> Throwable find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** Engines repeat the position (and Nashorn a code excerpt) in the message; the location is kept separately. */
    private static String stripLocation(String message) {
        String first = message.lines().findFirst().orElse(message);
        return first.replaceFirst("^.*?:\\d+:\\d+ ", "").replaceFirst(" in .+? at line number \\d+.*$", "")
                .replaceFirst(" \\([^()]*#\\d+\\)$", "") // Rhino's "(file#line)"
                .trim();
    }

    private static Kind classify(String message) {
        String m = message.toLowerCase();
        return m.contains("is not a function") || m.contains("undefined") || m.contains("cannot read property")
                || m.contains("no such function") ? Kind.HOST_API_MISUSE : Kind.RUNTIME_ERROR;
    }
}
