package org.octoseq.mir.spectral;

/**
 * A frequency range mapped onto the bins of a spectrum: the bins whose centre frequency lies in
 * {@code [lowHz, highHz]}, or the single nearest bin when none does (a very narrow band).
 *
 * @param lowHz    lower edge in Hz
 * @param highHz   upper edge in Hz
 * @param firstBin first bin included
 * @param lastBin  last bin included ({@code >= firstBin})
 * @param binHz    width of one bin in Hz ({@code sampleRate / N})
 */
public record FrequencyRange(double lowHz, double highHz, int firstBin, int lastBin, double binHz) {

    /**
     * The bins of {@code [lowHz, highHz]} in a spectrum of {@code frameSize} samples at {@code sampleRate};
     * the range is clipped to {@code [2 binHz, Nyquist]}: the DC bin and its neighbour, where a Hann window
     * leaks a DC offset, are never included, so an offset does not count as sound.
     */
    public static FrequencyRange of(double lowHz, double highHz, int frameSize, double sampleRate) {
        if (!(highHz > lowHz) || lowHz < 0) {
            throw new IllegalArgumentException("a band needs 0 <= lowHz < highHz, got " + lowHz + "-" + highHz);
        }
        double binHz = sampleRate / frameSize;
        int top = frameSize / 2;
        int first = Math.max(2, (int) Math.ceil(lowHz / binHz));
        int last = Math.min(top, (int) Math.floor(highHz / binHz));
        if (last < first) {
            int nearest = (int) Math.max(2, Math.min(top, Math.round((lowHz + highHz) / 2 / binHz)));
            first = nearest;
            last = nearest;
        }
        return new FrequencyRange(lowHz, highHz, first, last, binHz);
    }

    /** The whole spectrum above DC. */
    public static FrequencyRange full(int frameSize, double sampleRate) {
        return of(0, sampleRate / 2, frameSize, sampleRate);
    }

    /** Centre frequency of bin {@code k} in Hz. */
    public double hz(int k) {
        return k * binHz;
    }
}
