package org.octoseq.script.host;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.namespace.Diagnostic;

/**
 * The diagnostics of one script: identical reports are merged into one entry with a repeat count, the first
 * occurrence is printed to the console, and only the newest {@value #CAPACITY} distinct entries are kept.
 */
final class DiagnosticLog {

    static final int CAPACITY = 64;

    private final Map<String, Diagnostic> entries = new LinkedHashMap<>();
    private final PrintStream console;

    DiagnosticLog(PrintStream console) {
        this.console = console;
    }

    synchronized void report(Diagnostic d) {
        String key = d.kind() + "|" + d.phase() + "|" + d.location() + "|" + d.message();
        Diagnostic previous = entries.remove(key);
        entries.put(key, previous == null ? d : previous.repeated());
        if (previous == null) {
            console.println("octoseq: " + d);
        }
        if (entries.size() > CAPACITY) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    synchronized List<Diagnostic> snapshot() {
        return new ArrayList<>(entries.values());
    }
}
