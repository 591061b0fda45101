package org.octoseq.script.host;

/**
 * How a script session is run.
 *
 * @param callBudgetMs  time budget of one {@code update} or {@code draw} call in milliseconds; a call over it is
 *                      stopped and reported
 * @param loadBudgetMs  time budget of the top level plus {@code init} of one load
 * @param maxOverruns   consecutive over-budget frames after which the version is faulted (and the last good
 *                      version, if any, runs again)
 * @param watch         whether to reload the script when its file changes
 */
public record SessionSettings(long callBudgetMs, long loadBudgetMs, int maxOverruns, boolean watch) {

    public static final long DEFAULT_CALL_BUDGET_MS = 50;
    public static final long DEFAULT_LOAD_BUDGET_MS = 2000;
    public static final int DEFAULT_MAX_OVERRUNS = 3;
    /** Budget of one call in an offline run: long enough for a busy machine, short enough to stop a runaway. */
    public static final long OFFLINE_CALL_BUDGET_MS = 10_000;
    public static final long OFFLINE_LOAD_BUDGET_MS = 30_000;

    /** A live show: default budgets, the file watched. */
    public static SessionSettings live() {
        return new SessionSettings(DEFAULT_CALL_BUDGET_MS, DEFAULT_LOAD_BUDGET_MS, DEFAULT_MAX_OVERRUNS, true);
    }

    /** A headless run ({@code trace}, {@code check}): default budgets, no watching. */
    public static SessionSettings headless() {
        return new SessionSettings(DEFAULT_CALL_BUDGET_MS, DEFAULT_LOAD_BUDGET_MS, DEFAULT_MAX_OVERRUNS, false);
    }

    /** An offline render: budgets for a busy machine, no watching. */
    public static SessionSettings offline() {
        return new SessionSettings(OFFLINE_CALL_BUDGET_MS, OFFLINE_LOAD_BUDGET_MS, DEFAULT_MAX_OVERRUNS, false);
    }

    public SessionSettings {
        if (callBudgetMs < 1 || loadBudgetMs < 1 || maxOverruns < 1) {
            throw new IllegalArgumentException("budgets and the overrun limit must be at least 1");
        }
    }
}
