package org.octoseq.mir.custom;

/**
 * A time x bins picture of one source on the feature frame grid: {@code values[frame][bin]}, frame {@code i}
 * describing the audio around {@code i / frameRate} seconds, with each bin's place on its axis (a frequency in Hz, a
 * coefficient index, a pitch class). Arrays are shared, not copied: treat them as read-only.
 *
 * @param values    one row per frame, all rows {@code axis.length} long
 * @param axis      the bins' positions
 * @param frameRate frames per second
 */
public record Spectrogram(float[][] values, double[] axis, double frameRate) {

    public int frames() {
        return values.length;
    }

    public int bins() {
        return axis.length;
    }

    /** The bins whose axis position lies in {@code [lo, hi]}, or the single nearest one when none does. */
    public int[] binsWithin(double lo, double hi) {
        int count = 0;
        for (double a : axis) {
            if (a >= lo && a <= hi) {
                count++;
            }
        }
        if (count == 0) {
            double mid = (lo + hi) / 2;
            int best = 0;
            for (int k = 1; k < axis.length; k++) {
                if (Math.abs(axis[k] - mid) < Math.abs(axis[best] - mid)) {
                    best = k;
                }
            }
            return new int[] {best};
        }
        int[] out = new int[count];
        int j = 0;
        for (int k = 0; k < axis.length; k++) {
            if (axis[k] >= lo && axis[k] <= hi) {
                out[j++] = k;
            }
        }
        return out;
    }

    /** Bins {@code from .. to} inclusive, clipped to the bins there are. */
    public int[] binRange(int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(bins() - 1, to);
        int[] out = new int[Math.max(0, hi - lo + 1)];
        for (int k = 0; k < out.length; k++) {
            out[k] = lo + k;
        }
        return out;
    }
}
