package org.octoseq.mir.tempo;

/** How strong a beat is: the largest onset strength within two frames (20 ms at 100 frames/s) of it. */
final class BeatStrength {

    private BeatStrength() {
    }

    static float at(float[] onset, int frame) {
        float m = 0;
        for (int k = Math.max(0, frame - 2); k <= Math.min(onset.length - 1, frame + 2); k++) {
            m = Math.max(m, onset[k]);
        }
        return m;
    }
}
