package org.octoseq.script.host;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.show.ScriptGlobals;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.script.engine.EngineWarmUp;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.engine.Watchdog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The script host service: JavaScript show scripts on standalone Nashorn, bound to the live namespace,
 * reloaded when their file changes, each call within a time budget. It keeps the live sessions for the
 * {@code octoseq:reload|diag|status} commands. Budgets are configurable under this component's PID.
 */
@Component(service = {ScriptHost.class, NashornScriptHost.class})
public final class NashornScriptHost implements ScriptHost {

    /** Configuration (PID {@code org.octoseq.script.host.NashornScriptHost}). */
    public @interface Config {
        /** Time budget of one update or draw call, in milliseconds. */
        long callBudgetMs() default SessionSettings.DEFAULT_CALL_BUDGET_MS;

        /** Time budget of a script's top level plus init, in milliseconds. */
        long loadBudgetMs() default SessionSettings.DEFAULT_LOAD_BUDGET_MS;

        /** Over-budget frames in a row after which a script version is stopped. */
        int maxOverruns() default SessionSettings.DEFAULT_MAX_OVERRUNS;
    }

    private final NamespaceRegistry registry;
    private final JavaScriptEngines engines = new JavaScriptEngines();
    private final Watchdog watchdog = new Watchdog();
    private final Set<JsScriptSession> live = ConcurrentHashMap.newKeySet();
    private final List<ScriptGlobals> extraGlobals = new CopyOnWriteArrayList<>();
    private final SessionSettings liveSettings;
    private final CompletableFuture<Void> warmUp;

    @Activate
    public NashornScriptHost(@Reference NamespaceRegistry registry, Config config) {
        this(registry, new SessionSettings(config.callBudgetMs(), config.loadBudgetMs(), config.maxOverruns(), true));
    }

    /** A host with the default budgets, outside a framework (tests, tools). */
    public NashornScriptHost(NamespaceRegistry registry) {
        this(registry, SessionSettings.live());
    }

    private NashornScriptHost(NamespaceRegistry registry, SessionSettings liveSettings) {
        this.registry = registry;
        this.liveSettings = liveSettings;
        this.warmUp = CompletableFuture.runAsync(() -> EngineWarmUp.run(engines), task -> {
            Thread t = new Thread(task, "octoseq-script-warm-up");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * Waits (at most {@value #WARM_UP_WAIT_S} s) for the engine warm-up started with the host, so a show's
     * first frames, and a branch first taken mid-show, link the host API in milliseconds. Only the first load
     * waits; a failed warm-up costs speed, never the show.
     */
    private void awaitWarmUp(PrintStream console) {
        try {
            warmUp.get(WARM_UP_WAIT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            console.println("octoseq: script engine warm-up failed (" + e.getCause().getMessage()
                    + "); scripts run, their first calls are slower");
        } catch (TimeoutException e) {
            console.println("octoseq: script engine warm-up still running after " + WARM_UP_WAIT_S + " s; loading anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final int WARM_UP_WAIT_S = 10;

    /** Globals other bundles add to every script (bound at each load, so they come and go with reloads). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGlobals(ScriptGlobals globals) {
        extraGlobals.add(globals);
    }

    void removeGlobals(ScriptGlobals globals) {
        extraGlobals.remove(globals);
    }

    @Override
    public ScriptSession load(Path scriptFile) {
        return open(scriptFile, liveSettings, System.err);
    }

    @Override
    public ScriptSession loadOffline(Path scriptFile) {
        return open(scriptFile, SessionSettings.offline(), System.err);
    }

    /** Opens a session with explicit settings; it is listed in {@link #sessions()} until closed. */
    public JsScriptSession open(Path scriptFile, SessionSettings settings, PrintStream console) {
        awaitWarmUp(console);
        JsScriptSession[] self = new JsScriptSession[1];
        JsScriptSession s = new JsScriptSession(scriptFile.toAbsolutePath(), engines, registry::current, console,
                watchdog, settings, () -> live.remove(self[0]), () -> List.copyOf(extraGlobals));
        self[0] = s;
        live.add(s);
        return s;
    }

    /** Budgets of live shows, without watching. */
    public SessionSettings headlessSettings() {
        return new SessionSettings(liveSettings.callBudgetMs(), liveSettings.loadBudgetMs(), liveSettings.maxOverruns(),
                false);
    }

    /** The sessions open now. */
    public List<JsScriptSession> sessions() {
        return List.copyOf(live);
    }

    /** The namespace registry the sessions read. */
    public NamespaceRegistry registry() {
        return registry;
    }

    @Deactivate
    void deactivate() {
        sessions().forEach(JsScriptSession::close);
        watchdog.close();
    }
}
