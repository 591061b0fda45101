package org.octoseq.script.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon timer thread shared by every running script: it looks at the script calls in progress at regular
 * ticks, so that a call's {@link CallBudget} can mark its CPU time and flag it once its budget ran out.
 *
 * <p>A call joins with {@link #watch} and leaves with {@link #unwatch}: two updates of a concurrent set and a
 * volatile write, no system call on the frame thread while calls keep coming. (A timer armed and cancelled per
 * call cost the frame thread a wake-up of the timer thread each time, more than a short script call itself.) The
 * ticks come as often as the last call asked ({@link Watched#tickNanos()}, or the shortest of the calls in
 * progress), between {@value #MIN_TICK_MICROS} µs and {@value #MAX_TICK_MICROS} µs apart. After
 * {@value #IDLE_AFTER_MILLIS} ms without a call the thread sleeps until the next, which wakes it. Close it when
 * the host stops.
 */
public final class Watchdog implements AutoCloseable {

    /** The shortest time between two ticks. */
    static final long MIN_TICK_MICROS = 250;

    /** The longest time between two ticks, also before any call asked for shorter. */
    static final long MAX_TICK_MICROS = 4000;

    /** After this long without a call the timer thread sleeps until the next one. */
    static final long IDLE_AFTER_MILLIS = 1000;

    /** A call in progress, as the timer thread sees it. */
    interface Watched {
        /** Called on the timer thread at every tick while watched, with {@link System#nanoTime()}. */
        void tick(long now);

        /** How often this call wants to be looked at. */
        long tickNanos();
    }

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    /** Set by every {@link #watch} to the call's {@link Watched#tickNanos()}, cleared by the timer thread. */
    private volatile long called;
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
        called = Math.max(1, w.tickNanos());
        if (idle) {
            LockSupport.unpark(thread);
        }
    }

    void unwatch(Watched w) {
        watched.remove(w);
    }

    /** Whether the timer thread sleeps for want of calls (for tests). */
    boolean isIdle() {
        return idle;
    }

    private synchronized void start() {
        if (!started && !closed) {
            thread.start();
            started = true;
        }
    }

    private void loop() {
        long lastCall = System.nanoTime();
        long maxTick = TimeUnit.MICROSECONDS.toNanos(MAX_TICK_MICROS);
        long tick = maxTick;
        while (!closed) {
            Thread.interrupted(); // nothing should interrupt this thread; if something does, parking must still wait
            long now = System.nanoTime();
            long asked = called; // 0: no call since the last look
            if (asked != 0) {
                called = 0;
                lastCall = now;
            }
            long wanted = asked != 0 ? asked : Long.MAX_VALUE;
            for (Watched w : watched) {
                try {
                    w.tick(now);
                    wanted = Math.min(wanted, w.tickNanos());
                    lastCall = now;
                } catch (RuntimeException | Error e) { // one call's trouble must not stop the watch over the others
                    watched.remove(w);
                }
            }
            if (wanted != Long.MAX_VALUE) { // until the next call, the ticks come as the last ones asked
                tick = Math.max(TimeUnit.MICROSECONDS.toNanos(MIN_TICK_MICROS), Math.min(maxTick, wanted));
            }
            if (now - lastCall < TimeUnit.MILLISECONDS.toNanos(IDLE_AFTER_MILLIS)) {
                LockSupport.parkNanos(this, tick);
            } else {
                idle = true; // watch() adds, then reads this: either it unparks us or we see its call below
                if (watched.isEmpty() && called == 0 && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                lastCall = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
