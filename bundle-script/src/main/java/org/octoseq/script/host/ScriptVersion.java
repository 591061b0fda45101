package org.octoseq.script.host;

import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.time.Transport;
import org.octoseq.script.api.HostScope;
import org.octoseq.script.engine.BudgetedCalls;
import org.octoseq.script.engine.CallBudget;
import org.octoseq.script.engine.SourceMap;
import org.octoseq.script.namespace.ScriptNamespace;

/**
 * One successfully loaded version of a script: its own global scope, namespace objects, evaluation context
 * (so signal state starts fresh), log budget and call budget. Built on the reload thread, then handed to the
 * frame thread, which alone uses it from then on.
 */
final class ScriptVersion {

    /** What the loader hands over. */
    record Parts(int number, String file, SourceMap map, EvalContext eval, ScriptNamespace namespace, ScriptLog log,
                 BudgetedCalls budget, ScriptFunctions.Update update, ScriptFunctions.Draw draw, long loadMark,
                 HostScope hostScope) {
    }

    private final Parts parts;
    private final DiagnosticLog diagnostics;
    private final FrameObject frameValues;
    private boolean updateWarm;
    private boolean drawWarm;

    ScriptVersion(Parts parts, DiagnosticLog diagnostics) {
        this.parts = parts;
        this.diagnostics = diagnostics;
        this.frameValues = new FrameObject(parts.eval());
    }

    int number() {
        return parts.number();
    }

    /**
     * The version's global scope and the host's names in it (read by tools: coverage, typings, the editor);
     * {@code null} for a version on another JSR-223 engine, whose scope the model does not describe.
     */
    HostScope hostScope() {
        return parts.hostScope();
    }

    /** The diagnostics mark taken when this version started loading. */
    long loadMark() {
        return parts.loadMark();
    }

    /**
     * Runs {@code update(dt, frame)} and, with graphics, {@code draw(g)}, each within {@code budgetMs} — except
     * on this version's first frame, which gets {@code firstBudgetMs}: the engine links every call site of the
     * new code on first use, which on a cold JVM alone can take longer than a frame. While a late call of an
     * engine without guards is still running, nothing runs and the frame counts as over budget.
     *
     * @return whether a call went over its budget
     */
    boolean frame(Transport transport, Object graphics, Namespace ns, long budgetMs, long firstBudgetMs) {
        if (parts.budget().busy()) { // a late call (engine without guards) still uses this version's state
            return call(Phase.UPDATE, budgetMs, () -> { });
        }
        long first = Math.max(budgetMs, firstBudgetMs);
        parts.namespace().update(ns);
        parts.eval().beginFrame(transport, ns, ns.beatGrid());
        parts.log().beginFrame(Phase.UPDATE);
        return parts.eval().callWith(() -> {
            frameValues.update(ns);
            var update = parts.update();
            boolean over = update != null && call(Phase.UPDATE, updateWarm ? budgetMs : first,
                    () -> update.update(transport.dt(), frameValues));
            updateWarm = true;
            parts.log().setPhase(Phase.DRAW);
            var draw = parts.draw();
            if (draw != null && graphics != null && !parts.budget().busy()) { // busy: update is still running
                over |= call(Phase.DRAW, drawWarm ? budgetMs : first, () -> draw.draw(graphics));
                drawWarm = true;
            }
            return over;
        });
    }

    /** @return whether the call went over budget */
    private boolean call(Phase phase, long budgetMs, Runnable body) {
        BudgetedCalls budget = parts.budget();
        try {
            budget.run(budgetMs, body);
            if (budget.lastCallOverran()) { // it returned late (it caught the stop, or the machine paused it)
                diagnostics.report(new Diagnostic(Diagnostic.Kind.RUNTIME_ERROR, phase,
                        (phase == Phase.DRAW ? "draw" : "update") + " returned after its " + budgetMs + " ms budget",
                        null, 1));
            }
        } catch (RuntimeException | StackOverflowError | LinkageError | CallBudget.BudgetExceeded e) {
            Diagnostic d = ScriptErrors.of(e, phase, parts.file(), parts.map());
            diagnostics.report(d, ScriptErrors.excerpt(d, parts.map()));
        }
        return budget.lastCallOverran();
    }
}
