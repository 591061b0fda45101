package org.octoseq.script.engine;

import java.util.concurrent.ScheduledFuture;

/**
 * The time budget of the calls into one script. {@link #run} arms the {@link Watchdog}; when the budget runs
 * out the watchdog sets a volatile flag, and the next guard check the {@link GuardInjector} put into every
 * loop and function body throws {@link BudgetExceeded}. The check mostly only reads that flag; every
 * {@value #CLOCK_EVERY}th check also reads the clock, so a call is stopped on time even when a loaded machine
 * runs the watchdog thread late (the script's own thread is running, after all). A guarded loop costs next to
 * nothing while it is within budget.
 *
 * <p>A script may catch the error; every further check throws again until the call returns, so the call still
 * ends, and {@link #lastCallOverran()} tells either way. Used by one thread at a time.
 */
public final class CallBudget implements BudgetedCalls {

    /** Guard checks between two clock reads (a power of two). */
    static final int CLOCK_EVERY = 128;

    private final Watchdog watchdog;
    private final GuardCheck check = new GuardCheck(this);
    private Call call = new Call();
    private long millis;
    private long deadline;
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
        long nanos = millis * 1_000_000L;
        deadline = System.nanoTime() + nanos;
        Call c = new Call(); // its own flag: an alarm that fires late cannot stop the next call
        call = c;
        ScheduledFuture<?> alarm = watchdog.after(nanos, () -> c.expired = true);
        try {
            body.run();
        } finally {
            alarm.cancel(false);
            overran = c.expired || System.nanoTime() - deadline > 0;
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
        if (c.expired || (++checks & (CLOCK_EVERY - 1)) == 0 && System.nanoTime() - deadline > 0) {
            c.expired = true;
            throw new BudgetExceeded(millis);
        }
    }

    /** One call's over-budget flag, set by the watchdog or by the guard itself. */
    private static final class Call {
        volatile boolean expired;
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
