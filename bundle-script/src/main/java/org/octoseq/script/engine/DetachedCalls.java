package org.octoseq.script.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.octoseq.api.signal.EvalContext;

/**
 * The time budget of a script on an engine the host cannot put guards into (any JSR-223 engine but the built-in
 * Nashorn). Each call runs on this version's own worker thread while the caller waits at most the budget. A call
 * still running when the budget is up cannot be stopped (no engine hook, no {@code Thread.stop} on Java 20+): the
 * caller stops waiting — the frame goes on — and the call is left to finish on its thread. Until it has, the
 * version is {@linkplain #busy() busy} and its calls are skipped (each skip counts as over budget, so the session
 * stops the version after a few frames and runs the last good one); once it has finished, calls run again, so a
 * call that was only late (a pause of the machine) costs a frame or two, not the version. The late call's thread
 * is interrupted, which an engine may honour; one that never ends keeps its thread, and a core, until the
 * program exits.
 *
 * <p>All calls of one version run on the same thread, one at a time, with the version's {@link EvalContext}
 * bound (so {@code Signal.value()} works there) and this bundle's class loader as the context class loader (Rhino
 * makes its {@code getInterface} proxies with it). The thread ends when idle for a second.
 */
public final class DetachedCalls implements BudgetedCalls {

    private static final long IDLE_SECONDS = 1;

    private final EvalContext eval;
    private final String engineName;
    private final ThreadPoolExecutor worker;
    private volatile Thread running;
    private Future<?> late;
    private boolean overran;

    /**
     * @param eval       the version's evaluation context
     * @param engineName the engine, as named in the message when a call cannot be stopped
     * @param threadName the worker thread's name
     */
    public DetachedCalls(EvalContext eval, String engineName, String threadName) {
        this.eval = eval;
        this.engineName = engineName;
        this.worker = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setContextClassLoader(DetachedCalls.class.getClassLoader());
            return t;
        });
        worker.allowCoreThreadTimeOut(true);
    }

    @Override
    public void run(long millis, Runnable body) {
        overran = false;
        if (busy()) {
            overran = true;
            throw new CallBudget.BudgetExceeded("was skipped: the previous call, over its budget, is still running ("
                    + engineName + " cannot stop a running call)");
        }
        long start = System.nanoTime();
        Future<?> call = worker.submit(() -> {
            running = Thread.currentThread();
            try {
                eval.callWith(() -> {
                    body.run();
                    return null;
                });
            } finally {
                running = null;
                Thread.interrupted(); // an interrupt meant for this call ends with it
            }
        });
        try {
            call.get(millis, TimeUnit.MILLISECONDS);
            overran = System.nanoTime() - start > millis * 1_000_000L;
        } catch (TimeoutException e) {
            throw leaveRunning(call, millis);
        } catch (ExecutionException e) {
            overran = System.nanoTime() - start > millis * 1_000_000L;
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw leaveRunning(call, millis);
        }
    }

    private CallBudget.BudgetExceeded leaveRunning(Future<?> call, long millis) {
        overran = true;
        late = call;
        Thread t = running;
        CallBudget.BudgetExceeded e = new CallBudget.BudgetExceeded("took longer than " + millis + " ms; "
                + engineName + " cannot stop a running call, so the frame goes on without it while it finishes on its"
                + " own thread");
        if (t != null) {
            e.setStackTrace(t.getStackTrace()); // where the script is now, for the diagnostic's line
            t.interrupt(); // an engine that checks the flag stops after all
        }
        return e;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public boolean lastCallOverran() {
        return overran;
    }

    /** Whether a call that ran over its budget is still running. */
    @Override
    public boolean busy() {
        Future<?> l = late;
        if (l != null && l.isDone()) {
            late = null;
            return false;
        }
        return l != null;
    }
}
