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
 * Nashorn). Each call runs on this version's own worker thread while the caller waits at most the budget: a call
 * that returns late is only reported, but one still running when the budget is up cannot be stopped (no engine
 * hook, no {@code Thread.stop} on Java 20+). The caller then stops waiting — the frame goes on — and this version
 * is {@linkplain #stuck() stuck}: the thread is interrupted and abandoned (it keeps its CPU until the call ends or
 * the program exits), and the version is never called again.
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
    private boolean overran;
    private volatile boolean stuck;

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
        if (stuck) {
            throw new IllegalStateException("a call of this script version is still running");
        }
        overran = false;
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
            }
        });
        try {
            call.get(millis, TimeUnit.MILLISECONDS);
            overran = System.nanoTime() - start > millis * 1_000_000L;
        } catch (TimeoutException e) {
            throw abandon(millis);
        } catch (ExecutionException e) {
            overran = System.nanoTime() - start > millis * 1_000_000L;
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(millis);
        }
    }

    private CallBudget.BudgetExceeded abandon(long millis) {
        overran = true;
        stuck = true;
        Thread t = running;
        worker.shutdownNow(); // interrupts it: an engine that checks the flag stops after all
        CallBudget.BudgetExceeded e = new CallBudget.BudgetExceeded("took longer than " + millis + " ms; "
                + engineName + " cannot stop a running call, so this script version is stopped and its call is"
                + " left running on its own thread");
        if (t != null) {
            e.setStackTrace(t.getStackTrace()); // where the script is now, for the diagnostic's line
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

    @Override
    public boolean stuck() {
        return stuck;
    }
}
