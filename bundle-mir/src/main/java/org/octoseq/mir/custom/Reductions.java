package org.octoseq.mir.custom;

/** Reduces each frame of a {@link Spectrogram}, over some of its bins, to one number ({@link Reduction}). */
public final class Reductions {

    /** Gain inside the onset strength's log compression {@code ln(1 + GAMMA v)} of non-negative values. */
    static final double GAMMA = 1000;
    private static final double SILENT = 1e-9;

    private Reductions() {
    }

    /**
     * @param bins          the bins reduced
     * @param nonNegative   whether the values are magnitudes (then the onset strength compares their logarithms);
     *                      false for MFCCs, whose values are compared as they are
     * @return one value per frame
     */
    public static float[] reduce(Spectrogram s, Reduction reduction, int[] bins, boolean nonNegative) {
        float[][] v = s.values();
        int n = s.frames();
        float[] out = new float[n];
        switch (reduction) {
            case MEAN -> {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int k : bins) {
                        sum += v[i][k];
                    }
                    out[i] = (float) (sum / bins.length);
                }
            }
            case MAX -> {
                for (int i = 0; i < n; i++) {
                    float max = Float.NEGATIVE_INFINITY;
                    for (int k : bins) {
                        max = Math.max(max, v[i][k]);
                    }
                    out[i] = max;
                }
            }
            case AMPLITUDE -> {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int k : bins) {
                        sum += (double) v[i][k] * v[i][k];
                    }
                    out[i] = (float) Math.sqrt(sum);
                }
            }
            case SPECTRAL_FLUX -> {
                for (int i = 1; i < n; i++) {
                    double rise = 0;
                    for (int k : bins) {
                        double d = v[i][k] - v[i - 1][k];
                        if (d > 0) {
                            rise += d;
                        }
                    }
                    out[i] = (float) rise;
                }
            }
            case SPECTRAL_CENTROID -> {
                double[] axis = s.axis();
                for (int i = 0; i < n; i++) {
                    double weighted = 0;
                    double sum = 0;
                    for (int k : bins) {
                        double a = Math.abs(v[i][k]);
                        weighted += axis[k] * a;
                        sum += a;
                    }
                    out[i] = sum > SILENT ? (float) (weighted / sum) : 0f;
                }
            }
            case ONSET_STRENGTH -> {
                float max = 0;
                for (int i = 1; i < n; i++) {
                    double rise = 0;
                    for (int k : bins) {
                        double d = nonNegative ? Math.log1p(GAMMA * v[i][k]) - Math.log1p(GAMMA * v[i - 1][k])
                                : v[i][k] - v[i - 1][k];
                        if (d > 0) {
                            rise += d;
                        }
                    }
                    out[i] = (float) (rise / bins.length);
                    max = Math.max(max, out[i]);
                }
                if (max > 0) {
                    for (int i = 0; i < n; i++) {
                        out[i] /= max;
                    }
                }
            }
            default -> throw new IllegalArgumentException(reduction.toString());
        }
        return out;
    }
}
