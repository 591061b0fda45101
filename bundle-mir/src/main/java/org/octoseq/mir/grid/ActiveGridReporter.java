package org.octoseq.mir.grid;

import java.io.PrintStream;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.NamespaceListener;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the console which beat grid the scripts run on whenever that changes: {@code octoseq: beat grid: project.json
 * beatGrid (outranks the grid detected in the mix): 124 BPM, beat 0 at 0.5 s}. It reports what the registry chose,
 * so it is right whichever provider wins. Silent while there is no grid.
 */
@Component(service = {})
public final class ActiveGridReporter implements NamespaceListener {

    private final NamespaceRegistry registry;
    private final PrintStream console;
    /** Guarded by this. */
    private String last = Namespace.NO_GRID;

    @Activate
    public ActiveGridReporter(@Reference NamespaceRegistry registry) {
        this(registry, System.err);
    }

    ActiveGridReporter(NamespaceRegistry registry, PrintStream console) {
        this.registry = registry;
        this.console = console;
        registry.addListener(this);
        namespaceChanged(registry.current());
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public synchronized void namespaceChanged(Namespace ns) {
        String line = line(ns);
        if (!line.equals(last)) {
            last = line;
            if (!ns.beatGrid().isEmpty()) { // losing the grid means the show is closing: nothing worth saying
                console.println("octoseq: beat grid: " + line);
            }
        }
    }

    /** What the console says about the grid of {@code ns}. */
    static String line(Namespace ns) {
        return ns.beatGrid().isEmpty() ? Namespace.NO_GRID : ns.beatGridSource() + ": " + GridSummary.of(ns.beatGrid());
    }
}
