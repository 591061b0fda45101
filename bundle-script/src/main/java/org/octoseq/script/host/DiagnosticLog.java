package org.octoseq.script.host;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.namespace.Diagnostic;

/**
 * The diagnostics of one script session: identical reports are merged into one entry with a repeat count (and
 * move to the end, so the newest is last), the first occurrence is printed to the console (with a code excerpt
 * when there is one), and only the newest {@value #CAPACITY} distinct entries are kept — errors outlast log lines
 * and warnings. Thread-safe: the frame thread and the reload thread both report.
 */
final class DiagnosticLog {

    static final int CAPACITY = 64;

    private record Entry(Diagnostic diagnostic, long seq) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final PrintStream console;
    private long seq;

    DiagnosticLog(PrintStream console) {
        this.console = console;
    }

    void report(Diagnostic d) {
        report(d, "");
    }

    /** @param excerpt lines of source to print under the first occurrence on the console, or "" */
    synchronized void report(Diagnostic d, String excerpt) {
        String key = d.kind() + "|" + d.phase() + "|" + d.location() + "|" + d.message();
        Entry previous = entries.remove(key);
        entries.put(key, new Entry(previous == null ? d : previous.diagnostic().repeated(), ++seq));
        if (previous == null) {
            console.println("octoseq: " + d);
            if (!excerpt.isEmpty()) {
                console.print(excerpt);
            }
        }
        if (entries.size() > CAPACITY) {
            evictOldest();
        }
    }

    /**
     * Drops the oldest entry that is not an error, so a script that logs every frame cannot push an unresolved
     * error (the show's banner) out of the list; only when every entry is an error does the oldest error go.
     */
    private void evictOldest() {
        Iterator<Entry> it = entries.values().iterator();
        while (it.hasNext()) {
            if (!it.next().diagnostic().isError()) {
                it.remove();
                return;
            }
        }
        entries.remove(entries.keySet().iterator().next());
    }

    /** A mark: errors reported after it are newer than it. */
    synchronized long mark() {
        return seq;
    }

    /** Drops the errors (not warnings or log lines) last reported before {@code mark}: they are resolved. */
    synchronized void resolveErrorsBefore(long mark) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.seq() <= mark && e.diagnostic().isError()) {
                it.remove();
            }
        }
    }

    void note(String line) {
        console.println("octoseq: " + line);
    }

    synchronized List<Diagnostic> snapshot() {
        List<Diagnostic> out = new ArrayList<>(entries.size());
        entries.values().forEach(e -> out.add(e.diagnostic()));
        return out;
    }
}
