package org.octoseq.api.signal;

import java.util.Map;

/** {@code signal.pick.*}: event extraction over the whole track. */
public final class PickBuilder {

    private final Signal source;

    PickBuilder(Signal source) {
        this.source = source;
    }

    /** {@link #events(Map)} with all defaults. */
    public EventStream events() {
        return events(Map.of());
    }

    /**
     * Picks peaks of the signal over the whole track and returns them as events (see {@link PickOptions} for
     * the options and their defaults). Runs synchronously in the context bound to this thread and is cached
     * per signal structure and options.
     *
     * @throws IllegalStateException outside a running script
     */
    public EventStream events(Map<String, ?> options) {
        return extract(EvalContext.current(), options);
    }

    /** Java form of {@link #events(Map)} with an explicit context. */
    @JavaOnly
    public EventStream extract(EvalContext ctx, Map<String, ?> options) {
        PickOptions opts = PickOptions.parse(options, ctx::warnOnce);
        return ctx.trackCache().get("pick:" + opts.key() + ":" + ctx.trackDurationFor(source) + ":" + source.key(),
                () -> EventExtractor.extract(source, opts, ctx));
    }

    @Override
    public String toString() {
        return source.describe() + ".pick";
    }
}
