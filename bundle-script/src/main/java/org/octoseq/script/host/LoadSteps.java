package org.octoseq.script.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.script.ScriptException;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.time.Transport;
import org.octoseq.script.namespace.ScriptNamespace;

/** The steps of loading a script version that are the same on every engine. */
final class LoadSteps {

    private LoadSteps() {
    }

    /** The script's text, or empty with the reason in the diagnostics. */
    static Optional<String> read(Path file, DiagnosticLog diagnostics) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            diagnostics.report(new Diagnostic(Kind.HOST_ERROR, Phase.COMPILE, "cannot read the script: " + e,
                    new Diagnostic.Location(file.toString(), 0, 0), 1));
            return Optional.empty();
        }
    }

    /** What a version has of its own: signal state, namespace objects, log budget. */
    record Scope(EvalContext eval, ScriptNamespace namespace, ScriptLog log) {
    }

    /** A fresh scope on the snapshot {@code ns}, at transport time 0 (for the top level and init). */
    static Scope scope(DiagnosticLog diagnostics, ProbeRecorder probes, Namespace ns) {
        EvalContext eval = new EvalContext(message -> diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.UPDATE, message)));
        eval.setProbeListener(probes);
        ScriptNamespace namespace = new ScriptNamespace(
                message -> diagnostics.report(Diagnostic.of(Kind.WARNING, Phase.NAMESPACE, message)),
                message -> diagnostics.report(Diagnostic.of(Kind.INFO, Phase.NAMESPACE, message)));
        namespace.update(ns);
        eval.beginFrame(new Transport(0, 0, 0), ns, ns.beatGrid());
        return new Scope(eval, namespace, new ScriptLog(diagnostics::report));
    }

    /** Reports that the top level plus init ran over the load budget. */
    static void overran(DiagnosticLog diagnostics, Path file, long loadBudgetMs) {
        diagnostics.report(new Diagnostic(Kind.RUNTIME_ERROR, Phase.INIT, "loading the script (top level and init)"
                + " took longer than " + loadBudgetMs + " ms and was stopped", new Diagnostic.Location(file.toString(), 0, 0), 1));
    }

    /** Carries a checked script exception out of a budgeted call or {@link EvalContext#callWith}. */
    static final class ScriptFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScriptFailure(ScriptException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
