package org.octoseq.script.host;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.namespace.ScriptNamespace;

/**
 * One loaded JavaScript show script. The top level and {@code init(ctx)} run when it is created; every
 * {@link #frame} reads the namespace snapshot once, calls {@code update(dt, frame)} and {@code draw(g)}.
 * A failing call is reported (merged with a repeat count) and skipped; the next frame runs normally.
 */
final class JsScriptSession implements ScriptSession {

    private final Path file;
    private final Supplier<Namespace> namespaces;
    private final DiagnosticLog diagnostics;
    private final ScriptLog log;
    private final EvalContext eval;
    private final ScriptNamespace scriptNamespace;
    private final Map<String, Object> frameValues = new LinkedHashMap<>();
    private ScriptFunctions.Update update;
    private ScriptFunctions.Draw draw;
    private boolean healthy;

    JsScriptSession(Path file, JavaScriptEngines engines, Supplier<Namespace> namespaces, PrintStream console) {
        this.file = file;
        this.namespaces = namespaces;
        this.diagnostics = new DiagnosticLog(console);
        this.log = new ScriptLog(diagnostics::report);
        this.eval = new EvalContext(message -> diagnostics.report(Diagnostic.of(Diagnostic.Kind.WARNING, Phase.UPDATE, message)));
        this.scriptNamespace = new ScriptNamespace(message ->
                diagnostics.report(Diagnostic.of(Diagnostic.Kind.WARNING, Phase.NAMESPACE, message)));
        this.healthy = load(engines.create());
    }

    private boolean load(ScriptEngine engine) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.report(Diagnostic.of(Diagnostic.Kind.HOST_ERROR, Phase.COMPILE,
                    "cannot read script " + file + ": " + e.getMessage()));
            return false;
        }
        Namespace ns = namespaces.get();
        scriptNamespace.update(ns);
        eval.beginFrame(new Transport(0, 0, 0), ns, ns.beatGrid());
        Bindings globals = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        scriptNamespace.bind(engine);
        globals.put("log", log);
        engine.put(ScriptEngine.FILENAME, file.toString());
        Phase phase = Phase.COMPILE;
        try {
            var compiled = ((javax.script.Compilable) engine).compile(source);
            phase = Phase.INIT;
            log.beginFrame(Phase.INIT);
            eval.callWith(() -> evalUnchecked(compiled));
            Invocable invocable = (Invocable) engine;
            ScriptFunctions.Init init = invocable.getInterface(ScriptFunctions.Init.class);
            if (init != null) {
                Object ctx = engine.eval("({state: {}})");
                eval.callWith(() -> {
                    init.init(ctx);
                    return null;
                });
            }
            update = invocable.getInterface(ScriptFunctions.Update.class);
            draw = invocable.getInterface(ScriptFunctions.Draw.class);
            return true;
        } catch (ScriptException | RuntimeException e) {
            diagnostics.report(ScriptErrors.of(e, phase, file.toString()));
            return false;
        }
    }

    private static Object evalUnchecked(javax.script.CompiledScript compiled) {
        try {
            return compiled.eval();
        } catch (ScriptException e) {
            throw new ScriptFailure(e);
        }
    }

    @Override
    public void frame(Transport transport, Object graphics) {
        if (!healthy) {
            return;
        }
        Namespace ns = namespaces.get();
        scriptNamespace.update(ns);
        eval.beginFrame(transport, ns, ns.beatGrid());
        log.beginFrame(Phase.UPDATE);
        eval.callWith(() -> {
            fillFrameValues(ns);
            call(Phase.UPDATE, update == null ? null : () -> update.update(transport.dt(), frameValues));
            log.setPhase(Phase.DRAW);
            call(Phase.DRAW, draw == null || graphics == null ? null : () -> draw.draw(graphics));
            return null;
        });
    }

    /** {@code frame}: time, dt, the timing values and every mix signal, as numbers for this frame. */
    private void fillFrameValues(Namespace ns) {
        frameValues.clear();
        for (String name : Signal.TIMING_NAMES) {
            frameValues.put(name, Signal.timing(name).evaluate(eval));
        }
        ns.mix().map(SourceEntry::signals).ifPresent(signals -> signals.keySet()
                .forEach(name -> frameValues.put(name, Signal.input(InputRef.mix(name)).evaluate(eval))));
    }

    private void call(Phase phase, Runnable body) {
        if (body == null) {
            return;
        }
        try {
            body.run();
        } catch (RuntimeException e) {
            diagnostics.report(ScriptErrors.of(e, phase, file.toString()));
        }
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return diagnostics.snapshot();
    }

    @Override
    public boolean healthy() {
        return healthy;
    }

    @Override
    public void close() {
        update = null;
        draw = null;
        healthy = false;
    }

    /** Carries a checked script exception through {@link EvalContext#callWith}. */
    private static final class ScriptFailure extends RuntimeException {
        ScriptFailure(ScriptException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
