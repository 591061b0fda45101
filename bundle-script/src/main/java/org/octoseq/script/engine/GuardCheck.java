package org.octoseq.script.engine;

/**
 * What a script sees as {@value GuardInjector#GUARD}: a single {@code check()} the injected code calls at every
 * loop iteration and function entry. It has no other public member, so a script cannot disarm its budget.
 */
public final class GuardCheck {

    private final CallBudget budget;

    GuardCheck(CallBudget budget) {
        this.budget = budget;
    }

    /** Throws {@link CallBudget.BudgetExceeded} once the running call is over its budget. */
    public void check() {
        budget.stopIfOverBudget();
    }
}
