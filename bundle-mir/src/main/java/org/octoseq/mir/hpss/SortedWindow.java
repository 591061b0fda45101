package org.octoseq.mir.hpss;

import java.util.Arrays;

/**
 * The values of a sliding window kept sorted, so its median is read in O(1) and each step (one value leaves, one
 * enters) costs a binary search and a shift of the values between the two positions: O(log w + distance), in practice
 * a few moves for the window sizes median filtering uses. Not thread-safe.
 */
final class SortedWindow {

    private final float[] sorted;

    /** A window of {@code initial.length} values (odd or even). */
    SortedWindow(float[] initial) {
        this.sorted = initial.clone();
        Arrays.sort(sorted);
    }

    /** Replaces one occurrence of {@code out} (which must be in the window) by {@code in}. */
    void replace(float out, float in) {
        if (Float.compare(out, in) == 0) {
            return;
        }
        int i = indexOf(out);
        float[] s = sorted;
        if (in > out) {
            // shift the values in (out, in] one place down, then put in
            int j = i;
            while (j + 1 < s.length && s[j + 1] < in) {
                s[j] = s[j + 1];
                j++;
            }
            s[j] = in;
        } else {
            int j = i;
            while (j > 0 && s[j - 1] > in) {
                s[j] = s[j - 1];
                j--;
            }
            s[j] = in;
        }
    }

    /** The median: the middle value, or the mean of the two middle values of an even window. */
    float median() {
        int n = sorted.length;
        return (n & 1) == 1 ? sorted[n >> 1] : 0.5f * (sorted[(n >> 1) - 1] + sorted[n >> 1]);
    }

    private int indexOf(float v) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else if (sorted[mid] > v) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException(v + " is not in the window");
    }
}
