package org.octoseq.api.signal;

/**
 * How an input reads its samples at the frame time.
 *
 * @param kind  the strategy
 * @param width window width (beats for {@link Kind#PEAK_WINDOW_BEATS}, seconds for {@link Kind#PEAK_WINDOW_SECONDS})
 */
public record Sampling(Kind kind, double width) {

    public enum Kind {
        /** Linear interpolation at the frame time. */
        INTERPOLATE,
        /** The largest-magnitude sample (sign kept) over the last frame, {@code [t - dt, t]}. The default. */
        PEAK,
        /** Peak over a window given in beats at the current tempo. */
        PEAK_WINDOW_BEATS,
        /** Peak over a window given in seconds. */
        PEAK_WINDOW_SECONDS
    }

    public static final Sampling INTERPOLATED = new Sampling(Kind.INTERPOLATE, 0);
    public static final Sampling PEAK_PER_FRAME = new Sampling(Kind.PEAK, 0);

    /** Window width in seconds at the context's current time. */
    double windowSeconds(EvalContext ctx) {
        if (kind == Kind.PEAK) { // the default, read every frame by nearly every input: no switch table
            return ctx.dt();
        }
        return switch (kind) {
            case INTERPOLATE -> 0.0;
            case PEAK -> ctx.dt();
            case PEAK_WINDOW_BEATS -> ctx.beatGrid().beatsToSeconds(width, ctx.time());
            case PEAK_WINDOW_SECONDS -> width;
        };
    }

    String describePart() {
        return switch (kind) {
            case PEAK -> "";
            case INTERPOLATE -> ".interpolate()";
            case PEAK_WINDOW_BEATS -> ".peak_window(" + Describe.number(width) + ")";
            case PEAK_WINDOW_SECONDS -> ".peak_window_sec(" + Describe.number(width) + ")";
        };
    }

    String keyPart() {
        return kind == Kind.PEAK ? "" : "," + kind.name().toLowerCase() + (width == 0 ? "" : ":" + width);
    }
}
