package org.octoseq.script.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The guardrails on the show console: while a live show runs, whenever the namespace or the running script
 * version changes, it computes {@link Guardrails} for the show's script off the frame thread and prints each
 * new warning once ({@code octoseq: guardrail: ...}).
 */
@Component(immediate = true)
public final class GuardrailMonitor {

    static final long PERIOD_MS = 1000;

    private final NashornScriptHost host;
    private final PrintStream console;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "octoseq-guardrails");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> checkedKey = new HashMap<>();
    private final Map<String, Set<String>> printed = new HashMap<>();

    @Activate
    public GuardrailMonitor(@Reference NashornScriptHost host) {
        this(host, System.err);
    }

    GuardrailMonitor(NashornScriptHost host, PrintStream console) {
        this.host = host;
        this.console = console;
        timer.scheduleWithFixedDelay(this::checkLiveShows, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Checks every live show whose namespace or script version changed since the last look. */
    void checkLiveShows() {
        try {
            for (JsScriptSession s : host.sessions()) {
                if (s.watchesFile()) {
                    check(s);
                }
            }
        } catch (RuntimeException e) {
            console.println("octoseq: guardrails could not be checked: " + e);
        }
    }

    private void check(JsScriptSession s) {
        String file = s.file().toString();
        String key = host.registry().current().version() + "/" + s.version();
        if (key.equals(checkedKey.put(file, key))) {
            return;
        }
        var globals = s.hostGlobals();
        if (globals.isEmpty()) {
            return;
        }
        String source;
        try {
            source = Files.readString(s.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            source = null;
        }
        Set<String> seen = printed.computeIfAbsent(file, f -> new LinkedHashSet<>());
        for (Guardrail g : Guardrails.check(ApiModel.standard(), globals.get(), ProjectDeclarations.forScript(s.file()),
                file, source)) {
            String line = "octoseq: guardrail: " + (g.line() > 0 ? s.file().getFileName() + ":" + g.line()
                    + (g.column() > 0 ? ":" + g.column() : "") + ": " : "") + g.message();
            if (seen.add(line)) {
                console.println(line);
            }
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
