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

/**
 * The guardrails on the show console: while a live show runs, once the namespace and the running script version
 * have stayed the same for a period (so a burst of provider changes costs one check), it computes
 * {@link Guardrails} for the show's script on a low-priority thread and prints each new warning once
 * ({@code octoseq: guardrail: ...}). Started by {@link LiveScriptWorkspace}, which live shows activate.
 */
final class GuardrailMonitor implements AutoCloseable {

    static final long PERIOD_MS = 1000;

    private final NashornScriptHost host;
    private final PrintStream console;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "octoseq-guardrails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Map<String, String> checkedKey = new HashMap<>();
    private final Map<String, String> lastSeenKey = new HashMap<>();
    private final Map<String, Set<String>> printed = new HashMap<>();

    GuardrailMonitor(NashornScriptHost host, PrintStream console) {
        this.host = host;
        this.console = console;
        timer.scheduleWithFixedDelay(this::checkLiveShows, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Checks every live show whose namespace or script version changed since the last look. */
    synchronized void checkLiveShows() {
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
        boolean settled = key.equals(lastSeenKey.put(file, key));
        if (!settled || key.equals(checkedKey.get(file))) {
            return;
        }
        checkedKey.put(file, key);
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

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
