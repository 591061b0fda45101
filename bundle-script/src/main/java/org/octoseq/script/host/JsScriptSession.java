package org.octoseq.script.host;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.show.ScriptGlobals;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.engine.Watchdog;

/**
 * One running show script, live-reloadable. It loads the file at once; afterwards every save is loaded off
 * the frame thread into a fresh scope and, only when its top level and {@code init} succeeded, swapped in at
 * the start of the next frame — a broken save leaves the running version untouched and its error newest in
 * {@link #diagnostics()} until a good save resolves it. A version whose calls run over budget
 * {@link SessionSettings#maxOverruns()} frames in a row is faulted: the previous good version runs again, or,
 * without one, nothing runs until the file is fixed. {@code ctx.state} is one object for all versions.
 */
public final class JsScriptSession implements ScriptSession {

    private final Path file;
    private final Supplier<Namespace> namespaces;
    private final SessionSettings settings;
    private final DiagnosticLog diagnostics;
    private final ProbeRecorder probes;
    private final ScriptLoader loader;
    private final ReloadWatcher watcher;
    private final Runnable onClose;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicReference<ScriptVersion> pending = new AtomicReference<>();
    private final Object loadLock = new Object();
    private volatile ScriptVersion current;
    private volatile boolean faulted;
    private volatile long frames;
    private volatile long changeSeenNanos;
    private volatile long lastReloadNanos = -1;
    private ScriptVersion fallback;
    private int overruns;

    /** A live session with default settings and its own watchdog (for tests and tools). */
    JsScriptSession(Path file, JavaScriptEngines engines, Supplier<Namespace> namespaces, PrintStream console,
                    Watchdog watchdog, SessionSettings settings, Runnable onClose) {
        this(file, engines, namespaces, console, watchdog, settings, onClose, List::of);
    }

    /** @param extraGlobals globals other bundles add ({@link ScriptGlobals} services), asked at every load */
    JsScriptSession(Path file, JavaScriptEngines engines, Supplier<Namespace> namespaces, PrintStream console,
                    Watchdog watchdog, SessionSettings settings, Runnable onClose,
                    Supplier<List<ScriptGlobals>> extraGlobals) {
        this.file = file;
        this.namespaces = namespaces;
        this.settings = settings;
        this.onClose = onClose;
        this.diagnostics = new DiagnosticLog(console);
        this.probes = new ProbeRecorder(message -> diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.UPDATE, message)));
        this.loader = new ScriptLoader(file, engines.create(), namespaces, diagnostics, watchdog, settings, probes,
                extraGlobals);
        current = loader.load(attempts.incrementAndGet()).orElse(null);
        ReloadWatcher w = null;
        if (settings.watch()) {
            try {
                w = new ReloadWatcher(file, this::reloadFromDisk);
            } catch (IOException | RuntimeException e) {
                diagnostics.report(Diagnostic.of(Kind.HOST_ERROR, Phase.COMPILE, "cannot watch " + file
                        + " for changes (" + e.getMessage() + "); save and use octoseq:reload"));
            }
        }
        watcher = w;
    }

    private void reloadFromDisk() {
        changeSeenNanos = System.nanoTime();
        reload();
    }

    /** Loads the file again now, on the calling thread (never the frame thread); swapped in at the next frame. */
    public void reload() {
        synchronized (loadLock) {
            Optional<ScriptVersion> next = loader.load(attempts.incrementAndGet());
            next.ifPresent(pending::set);
        }
    }

    /** Asks for a reload: on the watcher thread when the file is watched, else at once on this thread. */
    @Override
    public void requestReload() {
        if (watcher != null) {
            changeSeenNanos = System.nanoTime();
            watcher.requestReload();
        } else {
            reload();
        }
    }

    @Override
    public void frame(Transport transport, Object graphics) {
        frames++;
        probes.beginFrame();
        ScriptVersion next = pending.getAndSet(null);
        if (next != null) {
            activate(next);
        }
        ScriptVersion v = current;
        if (v == null || faulted) {
            return;
        }
        if (v.frame(transport, graphics, namespaces.get(), settings.callBudgetMs(), settings.loadBudgetMs())) {
            if (++overruns >= settings.maxOverruns()) {
                fault(v);
            }
        } else {
            overruns = 0;
        }
    }

    private void activate(ScriptVersion next) {
        if (current != null && !faulted) {
            fallback = current;
        }
        current = next;
        faulted = false;
        overruns = 0;
        diagnostics.resolveErrorsBefore(next.loadMark());
        long seen = changeSeenNanos;
        lastReloadNanos = seen == 0 ? -1 : System.nanoTime() - seen;
        diagnostics.note(file.getFileName() + " version " + next.number() + " is running"
                + (seen == 0 ? "" : String.format(" (%.0f ms after the change)", lastReloadNanos / 1e6)));
    }

    private void fault(ScriptVersion v) {
        String what = "the script ran over its " + settings.callBudgetMs() + " ms budget " + settings.maxOverruns()
                + " frames in a row; version " + v.number() + " is stopped";
        if (fallback != null) {
            diagnostics.report(new Diagnostic(Kind.RUNTIME_ERROR, Phase.UPDATE, what + "; running version "
                    + fallback.number() + " again until the file is fixed", null, 1));
            current = fallback;
            fallback = null;
        } else {
            diagnostics.report(new Diagnostic(Kind.RUNTIME_ERROR, Phase.UPDATE, what
                    + "; nothing runs until the file is fixed", null, 1));
            faulted = true;
        }
        overruns = 0;
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return diagnostics.snapshot();
    }

    @Override
    public boolean healthy() {
        return current != null && !faulted;
    }

    /** The script file. */
    public Path file() {
        return file;
    }

    /** Whether this session reloads its file on save (a live show), as opposed to a headless one. */
    public boolean watchesFile() {
        return watcher != null;
    }

    /** Number of the version running now (counting every load attempt from 1), or 0 when none runs. */
    public int version() {
        ScriptVersion v = current;
        return v == null || faulted ? 0 : v.number();
    }

    /**
     * The host globals of the version running now, as {@link org.octoseq.script.api.BindingWalker} finds them
     * (for API coverage, typings and the editor); empty when no version runs.
     */
    public Optional<java.util.Map<String, org.octoseq.script.api.RuntimeBinding>> hostGlobals() {
        ScriptVersion v = current;
        return v == null ? Optional.empty() : Optional.of(v.hostScope().walk());
    }

    /** Load attempts so far (the first load included). */
    public int attempts() {
        return attempts.get();
    }

    /** Frames run so far. */
    public long frames() {
        return frames;
    }

    /** Milliseconds from the last file change seen to its version running, or -1. */
    public double lastReloadMillis() {
        long n = lastReloadNanos;
        return n < 0 ? -1 : n / 1e6;
    }

    /** The {@code probe(name, value)} values of this session. */
    public ProbeRecorder probes() {
        return probes;
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        pending.set(null);
        current = null;
        fallback = null;
        faulted = true;
        onClose.run();
    }
}
