package org.octoseq.script.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.show.ScriptGlobals;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.script.engine.CallBudget;
import org.octoseq.script.engine.GuardInjector;
import org.octoseq.script.engine.ScriptSandbox;
import org.octoseq.script.engine.SourceMap;
import org.octoseq.script.engine.Watchdog;
import org.octoseq.script.namespace.ScriptNamespace;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * Loads one version of a JavaScript show script: reads the file, inserts the time-budget guards, compiles,
 * and runs the top level and {@code init(ctx)} in a fresh, sandboxed global scope of the session's engine
 * (one engine per session: a fresh global is about three times cheaper than a fresh engine). Every failure is
 * reported to the session's diagnostics, with the user's file, line and column, and gives no version.
 */
final class ScriptLoader {

    private final Path file;
    private final String fileName;
    private final ScriptEngine engine;
    private final Supplier<Namespace> namespaces;
    private final DiagnosticLog diagnostics;
    private final Watchdog watchdog;
    private final SessionSettings settings;
    private final ProbeRecorder probes;
    private final Supplier<List<ScriptGlobals>> extraGlobals;
    private final GuardInjector injector = new GuardInjector();
    private final ScriptSandbox sandbox = new ScriptSandbox();
    private final Object state;

    ScriptLoader(Path file, ScriptEngine engine, Supplier<Namespace> namespaces, DiagnosticLog diagnostics,
                 Watchdog watchdog, SessionSettings settings, ProbeRecorder probes,
                 Supplier<List<ScriptGlobals>> extraGlobals) {
        this.file = file;
        this.fileName = file.toString();
        this.engine = engine;
        this.namespaces = namespaces;
        this.diagnostics = diagnostics;
        this.watchdog = watchdog;
        this.settings = settings;
        this.probes = probes;
        this.extraGlobals = extraGlobals;
        engine.put(ScriptEngine.FILENAME, fileName);
        this.state = newObject(engine.createBindings());
    }

    /** Loads the file as version {@code number}; empty when it failed (the reasons are in the diagnostics). */
    Optional<ScriptVersion> load(int number) {
        long mark = diagnostics.mark();
        Optional<String> text = LoadSteps.read(file, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        GuardInjector.Instrumented code = injector.instrument(fileName, source);
        SourceMap map = code.map();
        CompiledScript compiled;
        try {
            compiled = ((Compilable) engine).compile(code.source());
        } catch (ScriptException | RuntimeException e) {
            fail(e, Phase.COMPILE, map);
            return Optional.empty();
        }

        Bindings global = engine.createBindings();
        sandbox.seal(global);
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(global, ScriptContext.ENGINE_SCOPE);
        context.setAttribute(ScriptEngine.FILENAME, fileName, ScriptContext.ENGINE_SCOPE);
        CallBudget budget = new CallBudget(watchdog);
        LoadSteps.Scope scope = LoadSteps.scope(diagnostics, probes, namespaces.get());
        EvalContext eval = scope.eval();
        ScriptNamespace namespace = scope.namespace();
        ScriptLog log = scope.log();
        namespace.bind(new ScopedEngine(engine, context));
        global.put("log", log);
        global.put("probe", probes);
        org.octoseq.script.api.ScriptHelp.install(global, org.octoseq.script.api.ApiModel::standard);
        bindExtraGlobals(global);
        try {
            defineConstant(context, GuardInjector.GUARD, budget.check());
        } catch (ScriptException e) {
            fail(e, Phase.INIT, map);
            return Optional.empty();
        }

        org.octoseq.script.api.HostScope hostScope = org.octoseq.script.api.HostScope.of(global);
        log.beginLoad();
        ScriptFunctions.Update[] update = new ScriptFunctions.Update[1];
        ScriptFunctions.Draw[] draw = new ScriptFunctions.Draw[1];
        try {
            budget.run(settings.loadBudgetMs(), () -> eval.callWith(() -> {
                evalUnchecked(compiled, context);
                Invocable invocable = (Invocable) engine;
                ScriptFunctions.Init init = invocable.getInterface(global, ScriptFunctions.Init.class);
                if (init != null) {
                    JSObject ctx = (JSObject) newObject(global);
                    ctx.setMember("state", state);
                    init.init(ctx);
                }
                update[0] = invocable.getInterface(global, ScriptFunctions.Update.class);
                draw[0] = invocable.getInterface(global, ScriptFunctions.Draw.class);
                return null;
            }));
        } catch (RuntimeException | StackOverflowError | CallBudget.BudgetExceeded e) {
            fail(e, Phase.INIT, map);
            return Optional.empty();
        }
        if (budget.lastCallOverran()) {
            LoadSteps.overran(diagnostics, file, settings.loadBudgetMs());
            return Optional.empty();
        }
        return Optional.of(new ScriptVersion(new ScriptVersion.Parts(number, fileName, map, eval, namespace, log,
                budget, update[0], draw[0], mark, hostScope), diagnostics));
    }

    /** The globals of {@link ScriptGlobals} services, never over one the host defined. */
    private void bindExtraGlobals(Bindings global) {
        for (ScriptGlobals provider : extraGlobals.get()) {
            Map<String, Object> more;
            try {
                more = provider.globals(file, diagnostics::report);
            } catch (RuntimeException e) {
                diagnostics.report(Diagnostic.of(Kind.HOST_ERROR, Phase.INIT, "script globals from "
                        + provider.getClass().getName() + " failed: " + e));
                continue;
            }
            more.forEach((name, value) -> {
                if (global.containsKey(name)) {
                    diagnostics.report(Diagnostic.of(Kind.HOST_ERROR, Phase.INIT, "global '" + name + "' of "
                            + provider.getClass().getName() + " is already defined; ignored"));
                } else {
                    global.put(name, value);
                }
            });
        }
    }

    private void fail(Throwable e, Phase phase, SourceMap map) {
        Diagnostic d = ScriptErrors.of(e, phase, fileName, map);
        diagnostics.report(d, ScriptErrors.excerpt(d, map));
    }

    /** A plain, empty script object of {@code global}'s realm. */
    private Object newObject(Bindings global) {
        try {
            ScriptContext c = new SimpleScriptContext();
            c.setBindings(global, ScriptContext.ENGINE_SCOPE);
            return engine.eval("({})", c);
        } catch (ScriptException e) {
            throw new IllegalStateException("the script engine cannot create an object", e);
        }
    }

    /** A global the script can neither reassign nor delete. */
    private void defineConstant(ScriptContext context, String name, Object value) throws ScriptException {
        JSObject define = (JSObject) engine.eval("(function (name, value) { Object.defineProperty(this, name,"
                + " {value: value, writable: false, enumerable: false, configurable: false}); })", context);
        define.call(context.getBindings(ScriptContext.ENGINE_SCOPE), name, value);
    }

    private static Object evalUnchecked(CompiledScript compiled, ScriptContext context) {
        try {
            return compiled.eval(context);
        } catch (ScriptException e) {
            throw new LoadSteps.ScriptFailure(e);
        }
    }
}
