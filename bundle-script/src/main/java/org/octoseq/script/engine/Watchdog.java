package org.octoseq.script.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon timer thread shared by every running script: it looks at the script calls in progress every
 * {@value #TICK_MICROS} µs, so that a call's {@link CallBudget} can mark its CPU time and flag it once its budget
 * ran out.
 *
 * <p>A call joins with {@link #watch} and leaves with {@link #unwatch}: two updates of a concurrent set, no
 * system call on the frame thread. (A timer armed and cancelled per call costs the frame thread a wake-up of
 * the timer thread each time, more than a short script call itself.) The thread ticks while calls come; after
 * {@value #IDLE_AFTER_MILLIS} ms without one it sleeps until the next. Close it when the host stops.
 */
public final class Watchdog implements AutoCloseable {

    /** How often the timer thread looks at the calls in progress. */
    static final long TICK_MICROS = 1000;

    /** After this long without a call the timer thread sleeps until the next one. */
    static final long IDLE_AFTER_MILLIS = 1000;

    /** A call in progress, as the timer thread sees it. */
    interface Watched {
        /** Called on the timer thread at every tick while watched, with {@link System#nanoTime()}. */
        void tick(long now);
    }

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Runnable> chores = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean idle;
    private volatile boolean closed;
    private boolean started;

    public Watchdog() {
        thread = new Thread(this::loop, "octoseq-script-watchdog");
        thread.setDaemon(true);
    }

    /** Watches {@code w} from the next tick until {@link #unwatch}. */
    void watch(Watched w) {
        if (!started) {
            start();
        }
        watched.add(w);
        if (idle) {
            LockSupport.unpark(thread);
        }
    }

    void unwatch(Watched w) {
        watched.remove(w);
    }

    /** Runs {@code chore} on the timer thread at its next tick (tests hold the thread up with it). */
    void onTimerThread(Runnable chore) {
        if (!started) {
            start();
        }
        chores.add(chore);
        LockSupport.unpark(thread);
    }

    private synchronized void start() {
        if (!started && !closed) {
            thread.start();
            started = true;
        }
    }

    private void loop() {
        long lastBusy = System.nanoTime();
        while (!closed) {
            for (Runnable chore; (chore = chores.poll()) != null; ) {
                chore.run();
            }
            long now = System.nanoTime();
            for (Watched w : watched) {
                try {
                    w.tick(now);
                } catch (RuntimeException e) { // one call's trouble must not stop the watch over the others
                    watched.remove(w);
                }
            }
            if (!watched.isEmpty()) {
                lastBusy = now;
                LockSupport.parkNanos(this, TimeUnit.MICROSECONDS.toNanos(TICK_MICROS));
            } else if (now - lastBusy < TimeUnit.MILLISECONDS.toNanos(IDLE_AFTER_MILLIS)) {
                LockSupport.parkNanos(this, TimeUnit.MICROSECONDS.toNanos(TICK_MICROS));
            } else {
                idle = true; // watch() adds, then reads this: either it unparks us or we see its call below
                if (watched.isEmpty() && chores.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                lastBusy = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
