package org.octoseq.script.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands about the scripts running now: {@code octoseq:status} (each session's file, running version,
 * health, frames, last reload time, and the namespace version), {@code octoseq:diag} (their diagnostics) and
 * {@code octoseq:reload} (load every running script again from disk; swapped in at the next frame if it loads).
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq",
        "osgi.command.function=status", "osgi.command.function=diag", "osgi.command.function=reload"})
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
            out.println(String.format(Locale.ROOT, "%s  version %d  %s  %d frames  last reload %s", s.file(),
                    s.version(), s.healthy() ? "healthy" : "NOT RUNNING", s.frames(),
                    s.lastReloadMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", s.lastReloadMillis())));
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

    public int reload(String... args) {
        List<JsScriptSession> sessions = host.sessions();
        sessions.forEach(JsScriptSession::requestReload);
        System.out.println("reloading " + sessions.size() + " script(s)");
        return 0;
    }
}
