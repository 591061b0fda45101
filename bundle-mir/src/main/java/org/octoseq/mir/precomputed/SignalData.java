package org.octoseq.mir.precomputed;

import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.project.FieldException;

/**
 * A signal as stored in JSON: {@code {"rate": Hz, "values": [...]}} (sample {@code i} at {@code i / rate} s), the
 * shape of a signal in {@code analyze --json}, of a precomputed custom or composed signal file, and of an
 * interpretation package's signals.
 *
 * @param rate   samples per second, {@code > 0} (required)
 * @param values the samples (required, may be empty)
 */
public record SignalData(Double rate, float[] values) {

    public SignalData {
        if (rate == null || !(rate > 0) || rate.isInfinite()) {
            throw new FieldException("rate", "is required and must be a number of samples per second > 0"
                    + (rate == null ? "" : ", got " + rate));
        }
        if (values == null) {
            throw new FieldException("values", "is required: a list of numbers");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new FieldException("values[" + i + "]", "must be a finite number");
            }
        }
    }

    public SampledSignal sampled() {
        return new SampledSignal(rate, values);
    }

    /** {@code length / rate}. */
    public double durationSec() {
        return values.length / rate;
    }

    public static SignalData of(SampledSignal s) {
        return new SignalData(s.rate(), s.values());
    }
}
