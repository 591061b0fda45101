package org.octoseq.script.engine;

import java.util.concurrent.ScheduledFuture;

/**
 * The time budget of the calls into one script. {@link #run} arms the {@link Watchdog}; when the budget runs
 * out the watchdog sets a volatile flag, and the next guard check the {@link GuardInjector} put into every
 * loop and function body throws {@link BudgetExceeded}. The check only reads that flag (no clock), so a guarded
 * loop costs next to nothing while it is within budget.
 *
 * <p>A script may catch the error; every further check throws again until the call returns, so the call still
 * ends, and {@link #lastCallOverran()} tells either way. Used by one thread at a time.
 */
public final class CallBudget {

    private final Watchdog watchdog;
    private final GuardCheck check = new GuardCheck(this);
    private volatile boolean expired;
    private long millis;
    private boolean overran;

    public CallBudget(Watchdog watchdog) {
        this.watchdog = watchdog;
    }

    /** The object scripts see as {@value GuardInjector#GUARD}. */
    public GuardCheck check() {
        return check;
    }

    /** Runs {@code body} with a budget of {@code millis} milliseconds; whatever it throws passes through. */
    public void run(long millis, Runnable body) {
        this.millis = millis;
        expired = false;
        overran = false;
        ScheduledFuture<?> alarm = watchdog.after(millis * 1_000_000L, () -> expired = true);
        try {
            body.run();
        } finally {
            alarm.cancel(false);
            overran = expired;
            expired = false;
        }
    }

    /** Whether the last {@link #run} went over its budget (it was stopped, or caught the stop and returned late). */
    public boolean lastCallOverran() {
        return overran;
    }

    public long millis() {
        return millis;
    }

    boolean expired() {
        return expired;
    }

    /** Thrown inside a script call that ran out of time. An {@link Error}, so plain Java catch-alls pass it on. */
    public static final class BudgetExceeded extends Error {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(long millis) {
            super("took longer than " + millis + " ms and was stopped");
        }
    }
}
