package org.octoseq.examples.lfo;

import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.CustomSignalProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Example provider: a custom signal computed on the fly. Drop this bundle into {@code bundles/} and a running
 * script sees {@code inputs.customSignals["LFO"]} (also {@code ["lfo"]}, its id): a sine wave at
 * {@value #FREQUENCY_HZ} Hz between 0 and 1. Remove the jar and the key disappears; a script still holding the
 * signal reads 0 and gets one warning.
 *
 * <p>This is the documented way for third parties to add signals: one DS component registering a
 * {@link CustomSignalProvider} with the {@code octoseq.signal.id} and {@code octoseq.signal.name} properties.
 * A computed signal subclasses {@link Signal} with a structural key that says what it computes.
 */
@Component(property = {CustomSignalProvider.PROP_ID + "=lfo", CustomSignalProvider.PROP_NAME + "=LFO"})
public final class Lfo implements CustomSignalProvider {

    static final double FREQUENCY_HZ = 0.5;

    private final Signal signal = new Signal("example.lfo(" + FREQUENCY_HZ + ")") {
        @Override
        protected double compute(EvalContext ctx) {
            return 0.5 + 0.5 * Math.sin(2 * Math.PI * FREQUENCY_HZ * ctx.time());
        }
    };

    @Activate
    public Lfo() {
    }

    @Override
    public Signal signal() {
        return signal;
    }
}
