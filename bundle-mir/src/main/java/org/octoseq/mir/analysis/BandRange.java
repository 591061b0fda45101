package org.octoseq.mir.analysis;

/**
 * A frequency band to analyse.
 *
 * @param lowHz  lower edge in Hz, {@code >= 0}
 * @param highHz upper edge in Hz, {@code > lowHz}
 */
public record BandRange(double lowHz, double highHz) {

    public BandRange {
        if (!(lowHz >= 0) || !(highHz > lowHz) || Double.isInfinite(highHz)) {
            throw new IllegalArgumentException("a band needs 0 <= lowHz < highHz, got " + lowHz + "-" + highHz);
        }
    }
}
