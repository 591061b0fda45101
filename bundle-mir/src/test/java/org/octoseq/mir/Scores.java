package org.octoseq.mir;

import java.util.List;

/** Evaluation metrics for detected event times against ground truth. */
public final class Scores {

    private Scores() {
    }

    /**
     * The F-measure of {@code detected} against {@code truth} (seconds, ascending) with one-to-one matching
     * within {@code tolerance} seconds (greedy in time order, which is optimal for sorted lists with a
     * tolerance smaller than half the spacing). 1 when both are empty.
     */
    public static double fMeasure(List<Double> truth, List<Double> detected, double tolerance) {
        if (truth.isEmpty() && detected.isEmpty()) {
            return 1;
        }
        int matched = 0;
        int j = 0;
        boolean[] used = new boolean[detected.size()];
        for (double t : truth) {
            while (j < detected.size() && detected.get(j) < t - tolerance) {
                j++;
            }
            int best = -1;
            for (int k = j; k < detected.size() && detected.get(k) <= t + tolerance; k++) {
                if (!used[k] && (best < 0 || Math.abs(detected.get(k) - t) < Math.abs(detected.get(best) - t))) {
                    best = k;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
            }
        }
        if (matched == 0) {
            return 0;
        }
        double precision = matched / (double) detected.size();
        double recall = matched / (double) truth.size();
        return 2 * precision * recall / (precision + recall);
    }
}
