package org.octoseq.script.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.time.Transport;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq check PROJECT [SCRIPT]}: compiles the script, runs its top level, {@code init} and
 * {@value #FRAMES} frames headless (at 60 fps from 0 s), and prints every problem as
 * {@code file:line:col: kind [phase]: message}. Exit code 0 when there are no errors (warnings are fine), 3 when
 * the script has errors, 1 for bad arguments or an unreadable project.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=check"})
public final class CheckCommand {

    static final int FRAMES = 10;
    static final int SCRIPT_ERRORS = 3;

    private final ProjectLoader loader;
    private final NashornScriptHost host;

    @Activate
    public CheckCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") NashornScriptHost host) {
        this.loader = loader;
        this.host = host;
    }

    public int check(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandFailures.run("check", err, () -> {
            Arguments a = new Arguments(args, java.util.Set.of());
            Path project = Path.of(a.positional(0, "PROJECT (usage: octoseq check PROJECT [SCRIPT])"));
            Path script = a.positionalIfAny(1).map(Path::of).orElse(null);
            a.noMorePositionalsThan(2);
            try (HeadlessShow show = HeadlessShow.open(loader, host, project, script, new PrintStream(
                    java.io.OutputStream.nullOutputStream()))) {
                JsScriptSession s = show.session;
                for (int i = 0; i < FRAMES; i++) {
                    s.frame(new Transport(i / 60.0, 1 / 60.0, i), null);
                }
                List<Diagnostic> problems = s.diagnostics().stream()
                        .filter(d -> d.kind() != Diagnostic.Kind.INFO).toList();
                show.project.diagnostics().forEach(d -> out.println(d));
                problems.forEach(d -> out.println(d));
                List<org.octoseq.script.api.Guardrail> guardrails = guardrails(show, s.file());
                guardrails.forEach(g -> out.println(guardrailLine(s.file(), g)));
                long errors = problems.stream().filter(Diagnostic::isError).count();
                boolean ok = errors == 0 && s.healthy();
                out.println(s.file() + ": " + (ok ? "ok" : "has errors") + " (" + errors + " errors, "
                        + (problems.size() - errors + guardrails.size()) + " warnings; top level, init and " + FRAMES
                        + " frames run)");
                return ok ? 0 : SCRIPT_ERRORS;
            }
        });
    }

    /** The API guardrails of the show: project keys that do not reach scripts, model drift, old names. */
    private static List<org.octoseq.script.api.Guardrail> guardrails(HeadlessShow show, Path script)
            throws java.io.IOException {
        String source = java.nio.file.Files.readString(script);
        return org.octoseq.script.api.Guardrails.check(org.octoseq.script.api.ApiModel.standard(),
                show.namespaceBindings(), org.octoseq.script.api.ProjectDeclarations.read(
                        show.project.descriptor().root().resolve("project.json")), script.toString(), source);
    }

    /** {@code file:line:col: warning [guardrail]: message}, like the script's own diagnostics. */
    static String guardrailLine(Path script, org.octoseq.script.api.Guardrail g) {
        String where = g.line() > 0 ? script + ":" + g.line() + (g.column() > 0 ? ":" + g.column() : "") + ": " : "";
        return where + "warning [guardrail]: " + g.message();
    }
}
