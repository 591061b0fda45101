package org.octoseq.script.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ScheduledFuture;

/**
 * The time budget of the calls into one script. A call is over its budget once it has run for the budget and
 * spent at least half of it on the CPU — so a call that a loaded machine merely paused is not cut (which keeps
 * offline renders and traces the same from run to run), while a runaway, which burns CPU all along, is stopped at
 * the budget — or once it has run for {@value #WALL_CAP} times the budget, however little CPU it got, so a show
 * never waits longer.
 *
 * <p>How a call is stopped: {@link #run} arms the {@link Watchdog}, which flags the call when the budget has
 * passed; the guard check the {@link GuardInjector} put into every loop and function body then looks at the
 * call's CPU time (every {@value #LOOK_EVERY_MICROS} µs at most) and throws {@link BudgetExceeded} once it is over.
 * Until the flag, the check only reads it; every {@value #CLOCK_EVERY}th check also reads the clock, so a call is
 * stopped on time even when a loaded machine runs the watchdog thread late. A guarded loop costs next to nothing
 * while it is within budget.
 *
 * <p>A script may catch the error; every further check throws again until the call returns, so the call still
 * ends, and {@link #lastCallOverran()} tells either way. Used by one thread at a time.
 */
public final class CallBudget implements BudgetedCalls {

    /** Guard checks between two clock reads (a power of two). */
    static final int CLOCK_EVERY = 128;

    /** A call is stopped after this many budgets of wall time whatever CPU time it got. */
    static final int WALL_CAP = 4;

    /** Past its budget, how often a call's CPU time is read (each read costs about a microsecond). */
    static final long LOOK_EVERY_MICROS = 200;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final Watchdog watchdog;
    private final GuardCheck check = new GuardCheck(this);
    private Call call = new Call();
    private long millis;
    private long budgetNanos;
    private long start;
    private long cpuStart;
    private long lastLook;
    private int checks;
    private boolean overran;

    public CallBudget(Watchdog watchdog) {
        this.watchdog = watchdog;
    }

    /** The object scripts see as {@value GuardInjector#GUARD}. */
    public GuardCheck check() {
        return check;
    }

    @Override
    public void run(long millis, Runnable body) {
        this.millis = millis;
        overran = false;
        checks = 0;
        budgetNanos = millis * 1_000_000L;
        cpuStart = cpuTime();
        start = System.nanoTime();
        lastLook = start;
        Call c = new Call(); // its own flags: an alarm that fires late cannot touch the next call
        call = c;
        ScheduledFuture<?> alarm = watchdog.after(budgetNanos, () -> c.late = true);
        try {
            body.run();
        } finally {
            alarm.cancel(false);
            overran = c.stopped || overBudget(System.nanoTime());
        }
    }

    /** Whether the last {@link #run} went over its budget (it was stopped, or caught the stop and returned late). */
    @Override
    public boolean lastCallOverran() {
        return overran;
    }

    public long millis() {
        return millis;
    }

    /** The guard check: throws once the running call is over its budget, and at every check after that. */
    void stopIfOverBudget() {
        Call c = call;
        if (c.stopped) {
            throw new BudgetExceeded(millis);
        }
        if (c.late || (++checks & (CLOCK_EVERY - 1)) == 0) {
            long now = System.nanoTime();
            if (now - start > budgetNanos && now - lastLook > LOOK_EVERY_MICROS * 1000) {
                c.late = true;
                lastLook = now;
                if (overBudget(now)) {
                    c.stopped = true;
                    throw new BudgetExceeded(millis);
                }
            }
        }
    }

    /** Past the budget in wall time with half of it spent on the CPU, or past the wall-time cap. */
    private boolean overBudget(long now) {
        long wall = now - start;
        return wall > budgetNanos && (wall > WALL_CAP * budgetNanos || cpuTime() - cpuStart > budgetNanos / 2);
    }

    private static long cpuTime() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** One call's flags: {@code late} set by the watchdog when the budget has passed, {@code stopped} by the guard. */
    private static final class Call {
        volatile boolean late;
        boolean stopped;
    }

    /** Thrown inside a script call that ran out of time. An {@link Error}, so plain Java catch-alls pass it on. */
    public static final class BudgetExceeded extends Error {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(long millis) {
            this("took longer than " + millis + " ms and was stopped");
        }

        /** @param message what happened, completing "update ..." or "draw ..." */
        BudgetExceeded(String message) {
            super(message);
        }
    }
}
