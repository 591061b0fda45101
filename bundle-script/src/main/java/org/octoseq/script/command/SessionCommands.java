package org.octoseq.script.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.octoseq.api.namespace.Diagnostic;
import java.util.stream.Collectors;
import org.octoseq.script.engine.EngineCatalog;
import org.octoseq.script.engine.ForeignEngine;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands about the scripts running now: {@code octoseq:status} (each session's file, running version,
 * health, frames, last reload time, engine, and the namespace version), {@code octoseq:diag} (their
 * diagnostics), {@code octoseq:reload} (load every running script again from disk; swapped in at the next frame
 * if it loads) and {@code octoseq:engines} (the script engines and the file endings each runs).
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=status",
        "osgi.command.function=diag", "osgi.command.function=reload", "osgi.command.function=engines"})
public final class SessionCommands {

    private final NashornScriptHost host;

    @Activate
    public SessionCommands(@Reference NashornScriptHost host) {
        this.host = host;
    }

    public int status(String... args) {
        PrintStream out = System.out;
        List<JsScriptSession> sessions = host.sessions();
        out.println("namespace version " + host.registry().current().version() + ", " + sessions.size()
                + " running script(s)");
        for (JsScriptSession s : sessions) {
            out.println(String.format(Locale.ROOT, "%s  version %d  %s  %d frames  last reload %s  on %s", s.file(),
                    s.version(), s.healthy() ? "healthy" : "NOT RUNNING", s.frames(),
                    s.lastReloadMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", s.lastReloadMillis()),
                    s.engine()));
        }
        return 0;
    }

    public int diag(String... args) {
        PrintStream out = System.out;
        for (JsScriptSession s : host.sessions()) {
            out.println(s.file() + ":");
            for (Diagnostic d : s.diagnostics()) {
                out.println("  " + d);
            }
        }
        return 0;
    }

    public int engines(String... args) {
        PrintStream out = System.out;
        out.println("Nashorn (built in, guarded and sandboxed): " + endings(EngineCatalog.nashornSuffixes()));
        for (ForeignEngine e : host.catalog().engines()) {
            out.println(e + ": " + endings(e.suffixes()));
        }
        return 0;
    }

    private static String endings(List<String> suffixes) {
        return suffixes.stream().map(x -> "." + x).collect(Collectors.joining(" "));
    }

    public int reload(String... args) {
        List<JsScriptSession> sessions = host.sessions();
        sessions.forEach(JsScriptSession::requestReload);
        System.out.println("reloading " + sessions.size() + " script(s)");
        return 0;
    }
}
