package org.octoseq.script.host;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
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
import org.octoseq.script.engine.EngineCatalog;
import org.octoseq.script.engine.EngineChoice;
import org.octoseq.script.engine.ForeignEngine;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.engine.Watchdog;

/**
 * One running show script, live-reloadable. It loads the file at once; afterwards every save is loaded off
 * the frame thread into a fresh scope and, only when its top level and {@code init} succeeded, swapped in at
 * the start of the next frame — a broken save leaves the running version untouched and its error newest in
 * {@link #diagnostics()} until a good save resolves it. A version whose calls run over budget
 * {@link SessionSettings#maxOverruns()} frames in a row is faulted: the previous good version runs again, or,
 * without one, nothing runs until the file is fixed. {@code ctx.state} is one object for all versions (one per
 * kind of engine: a script object on Nashorn, a map on the others).
 *
 * <p>Each load runs on the engine the file's name asks for at that moment ({@link EngineCatalog}); when the
 * engines change, a session whose file now maps to another engine loads again.
 */
public final class JsScriptSession implements ScriptSession {

    private final Path file;
    private final Supplier<Namespace> namespaces;
    private final SessionSettings settings;
    private final DiagnosticLog diagnostics;
    private final ProbeRecorder probes;
    private final JavaScriptEngines nashorn;
    private final EngineCatalog catalog;
    private final Watchdog watchdog;
    private final ReloadWatcher watcher;
    private final Runnable onClose;
    private final Supplier<List<ScriptGlobals>> extraGlobals;
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
    private ScriptLoader nashornLoader; // made when the file first runs on Nashorn
    private volatile ForeignScriptLoader foreignLoader;
    private final Map<String, Object> foreignState = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<ScriptVersion, ForeignEngine> loadedOn = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile EngineChoice engine;
    private volatile ForeignEngine goneEngine;

    /** A session on the built-in Nashorn only (for tests and tools). */
    JsScriptSession(Path file, JavaScriptEngines engines, Supplier<Namespace> namespaces, PrintStream console,
                    Watchdog watchdog, SessionSettings settings, Runnable onClose) {
        this(file, engines, EngineCatalog.builtInOnly(), namespaces, console, watchdog, settings, onClose, List::of);
    }

    /**
     * @param nashorn the built-in engine, for files the catalog gives to Nashorn
     * @param catalog picks the engine by the file's name at every load
     * @param extraGlobals globals other bundles add ({@link ScriptGlobals} services), asked at every Nashorn load
     */
    JsScriptSession(Path file, JavaScriptEngines nashorn, EngineCatalog catalog, Supplier<Namespace> namespaces,
                    PrintStream console, Watchdog watchdog, SessionSettings settings, Runnable onClose,
                    Supplier<List<ScriptGlobals>> extraGlobals) {
        this.extraGlobals = extraGlobals;
        this.file = file;
        this.namespaces = namespaces;
        this.settings = settings;
        this.onClose = onClose;
        this.nashorn = nashorn;
        this.catalog = catalog;
        this.watchdog = watchdog;
        this.diagnostics = new DiagnosticLog(console);
        this.probes = new ProbeRecorder(message -> diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.UPDATE, message)));
        current = load().orElse(null);
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
            load().ifPresent(pending::set);
        }
    }

    /** One load attempt, on the engine the file's name asks for now. */
    private Optional<ScriptVersion> load() {
        int number = attempts.incrementAndGet();
        EngineChoice choice = catalog.choose(file.getFileName().toString());
        EngineChoice previous = engine;
        engine = choice;
        if (previous != null && !previous.equals(choice) && !(choice instanceof EngineChoice.None)) {
            diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.COMPILE, file.getFileName() + " now loads on "
                    + describe(choice) + ", no longer on " + describe(previous)));
        }
        if (choice instanceof EngineChoice.Foreign f) {
            if (foreignLoader == null || !foreignLoader.engine().equals(f.engine())) {
                foreignLoader = new ForeignScriptLoader(file, f.engine(), namespaces, diagnostics, settings, probes,
                        foreignState);
            }
            Optional<ScriptVersion> v = foreignLoader.load(number);
            v.ifPresent(version -> loadedOn.put(version, f.engine()));
            return v;
        }
        if (choice instanceof EngineChoice.None none) {
            diagnostics.report(new Diagnostic(Kind.HOST_ERROR, Phase.COMPILE, none.reason(),
                    new Diagnostic.Location(file.toString(), 0, 0), 1));
            return Optional.empty();
        }
        if (nashornLoader == null) {
            nashornLoader = new ScriptLoader(file, nashorn.create(), namespaces, diagnostics, watchdog, settings, probes,
                    extraGlobals);
        }
        return nashornLoader.load(number);
    }

    /**
     * The script engines changed: versions running on an engine that went away stop at the next frame (their
     * engine's classes went with its bundle), and the file loads again if it now runs on another engine.
     */
    public void enginesChanged() {
        ForeignScriptLoader f = foreignLoader;
        if (f != null && !catalog.engines().contains(f.engine())) {
            goneEngine = f.engine();
        }
        if (!catalog.choose(file.getFileName().toString()).equals(engine)) {
            requestReload();
        }
    }

    /** The engine the last load attempt used: "Nashorn", the engine's name and version, or why there is none. */
    public String engine() {
        return describe(engine);
    }

    private static String describe(EngineChoice e) {
        if (e instanceof EngineChoice.Foreign f) {
            return f.engine().toString();
        }
        return e instanceof EngineChoice.None none ? none.reason() : "Nashorn (built in)";
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
        ForeignEngine gone = goneEngine;
        if (gone != null) {
            goneEngine = null;
            stopVersionsOn(gone);
        }
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

    /** Drops the versions loaded on {@code gone}; the other one, if any, runs. */
    private void stopVersionsOn(ForeignEngine gone) {
        if (fallback != null && gone.equals(loadedOn.get(fallback))) {
            fallback = null;
        }
        if (current != null && gone.equals(loadedOn.get(current))) {
            diagnostics.report(new Diagnostic(Kind.RUNTIME_ERROR, Phase.UPDATE, gone + " is gone, so version "
                    + current.number() + " of " + file.getFileName() + " stops; it runs again when a load succeeds",
                    null, 1));
            current = fallback;
            fallback = null;
            overruns = 0;
        }
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
     * (for API coverage, typings and the editor); empty when no version runs or it runs on another engine.
     */
    public Optional<java.util.Map<String, org.octoseq.script.api.RuntimeBinding>> hostGlobals() {
        ScriptVersion v = current;
        return v == null || v.hostScope() == null ? Optional.empty() : Optional.of(v.hostScope().walk());
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
