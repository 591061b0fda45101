package org.octoseq.script.host;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.script.engine.CallBudget;
import org.octoseq.script.engine.DetachedCalls;
import org.octoseq.script.engine.ForeignEngine;
import org.octoseq.script.engine.SourceMap;
import org.octoseq.script.namespace.ScriptNamespace;

/**
 * Loads one version of a script on an engine another bundle provides (any JSR-223 engine that is
 * {@link Invocable}): a fresh engine per version, the host globals ({@code inputs}, {@code timing}, {@code log},
 * {@code probe}) as plain Java objects, top level and {@code init(ctx)} run within the load budget, and
 * {@code update}/{@code draw} taken through {@code Invocable.getInterface}.
 *
 * <p>What the built-in Nashorn gives and this cannot: no guards are compiled in and no sandbox applies (the
 * engine decides what Java a script reaches), so a call over its budget is left to finish on its own thread
 * rather than stopped ({@link DetachedCalls}). Each load says so in a warning.
 */
final class ForeignScriptLoader {

    private final Path file;
    private final String fileName;
    private final ForeignEngine engine;
    private final Supplier<Namespace> namespaces;
    private final DiagnosticLog diagnostics;
    private final SessionSettings settings;
    private final ProbeRecorder probes;
    private final Map<String, Object> state;

    /** @param state {@code ctx.state}: one map for the whole session, whichever engine runs it */
    ForeignScriptLoader(Path file, ForeignEngine engine, Supplier<Namespace> namespaces, DiagnosticLog diagnostics,
                        SessionSettings settings, ProbeRecorder probes, Map<String, Object> state) {
        this.file = file;
        this.fileName = file.toString();
        this.engine = engine;
        this.namespaces = namespaces;
        this.diagnostics = diagnostics;
        this.settings = settings;
        this.probes = probes;
        this.state = state;
    }

    ForeignEngine engine() {
        return engine;
    }

    /** Loads the file as version {@code number}; empty when it failed (the reasons are in the diagnostics). */
    Optional<ScriptVersion> load(int number) {
        long mark = diagnostics.mark();
        Optional<String> text = LoadSteps.read(file, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        SourceMap map = SourceMap.identity(source);
        LoadSteps.Scope scope = LoadSteps.scope(diagnostics, probes, namespaces.get());
        EvalContext eval = scope.eval();
        ScriptNamespace namespace = scope.namespace();
        ScriptLog log = scope.log();
        DetachedCalls calls = new DetachedCalls(eval, engine.title(), "octoseq-script " + file.getFileName() + " v" + number);
        diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.COMPILE, file.getFileName() + " runs on " + engine
                + ": the host's sandbox does not apply to it (the engine decides which Java a script can reach),"
                + " and a call over its budget cannot be stopped, only left to finish while the show goes on"));

        Map<String, Object> globals = Map.of("inputs", namespace.inputs(), "timing", namespace.timing(), "log", log,
                "probe", probes);
        Compiled compiled = new Compiled();
        try {
            calls.run(settings.loadBudgetMs(), () -> compiled.compile(source, globals));
        } catch (RuntimeException | StackOverflowError | LinkageError | CallBudget.BudgetExceeded e) {
            ScriptErrors.report(diagnostics, e, Phase.COMPILE, fileName, map);
            return Optional.empty();
        }

        log.beginLoad();
        ScriptFunctions.Update[] update = new ScriptFunctions.Update[1];
        ScriptFunctions.Draw[] draw = new ScriptFunctions.Draw[1];
        try {
            calls.run(settings.loadBudgetMs(), () -> {
                compiled.run();
                Invocable invocable = (Invocable) compiled.engine;
                ScriptFunctions.Init init = invocable.getInterface(ScriptFunctions.Init.class);
                if (init != null) {
                    init.init(new InitContext(state));
                }
                update[0] = invocable.getInterface(ScriptFunctions.Update.class);
                draw[0] = invocable.getInterface(ScriptFunctions.Draw.class);
            });
        } catch (RuntimeException | StackOverflowError | LinkageError | CallBudget.BudgetExceeded e) {
            ScriptErrors.report(diagnostics, e, Phase.INIT, fileName, map);
            return Optional.empty();
        }
        if (calls.lastCallOverran()) {
            LoadSteps.overran(diagnostics, file, settings.loadBudgetMs());
            return Optional.empty();
        }
        return Optional.of(new ScriptVersion(new ScriptVersion.Parts(number, fileName, map, eval, namespace, log,
                calls, update[0], draw[0], mark, null), diagnostics));
    }

    /** The version's engine and its compiled script, made on the version's worker thread. */
    private final class Compiled {
        private ScriptEngine engine;
        private CompiledScript script;
        private String source;

        void compile(String text, Map<String, Object> globals) {
            engine = ForeignScriptLoader.this.engine.factory().getScriptEngine();
            if (!(engine instanceof Invocable)) {
                throw new IllegalStateException(ForeignScriptLoader.this.engine.title()
                        + " cannot call script functions (its engine is not javax.script.Invocable)");
            }
            engine.put(ScriptEngine.FILENAME, fileName);
            globals.forEach(engine::put);
            try {
                if (engine instanceof Compilable c) {
                    script = c.compile(text);
                } else {
                    source = text;
                }
            } catch (ScriptException e) {
                throw new LoadSteps.ScriptFailure(e);
            }
        }

        void run() {
            try {
                if (script != null) {
                    script.eval();
                } else {
                    engine.eval(source);
                }
            } catch (ScriptException e) {
                throw new LoadSteps.ScriptFailure(e);
            }
        }
    }
}
