package org.octoseq.script.engine;

/**
 * How the calls into one loaded script version are held to their time budget. On Nashorn that is the
 * {@link CallBudget} (guards compiled into the script stop a call on time); on an engine without such guards it
 * is {@link DetachedCalls} (the call runs on a worker thread the frame stops waiting for).
 */
public interface BudgetedCalls {

    /** Runs {@code body} with a budget of {@code millis} milliseconds; whatever it throws passes through. */
    void run(long millis, Runnable body);

    /** Whether the last {@link #run} went over its budget (it was stopped, or returned late). */
    boolean lastCallOverran();

    /**
     * Whether a call that ran over its budget could not be stopped and is still running, so no call can run now
     * (never, with guards that stop calls).
     */
    default boolean busy() {
        return false;
    }
}
