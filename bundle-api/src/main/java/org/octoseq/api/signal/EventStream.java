package org.octoseq.api.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.EventNodes.Direction;
import org.octoseq.api.signal.EventNodes.Unit;
import org.octoseq.api.time.BeatGrid;

/**
 * An immutable list of events ordered by time (stable for equal times), with queries, filters and the
 * conversions to signals of the script API (spec §4). Script-facing names are snake_case. Signals made from a
 * stream are keyed by the stream's content, so equal streams give structurally equal signals.
 */
public final class EventStream {

    private static final EventStream EMPTY = new EventStream(List.of());

    private final List<Event> events;
    private final double[] times;
    private final String key;

    private EventStream(List<Event> events) {
        this.events = events;
        this.times = new double[events.size()];
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < times.length; i++) {
            Event e = events.get(i);
            times[i] = e.time();
            h = mix(h, Double.doubleToLongBits(e.time()));
            h = mix(h, Double.doubleToLongBits(e.weight()));
            h = mix(h, Double.doubleToLongBits(e.beatPosition()));
            h = mix(h, e.clusterId());
        }
        this.key = "events#" + Long.toHexString(h) + "/" + times.length;
    }

    private static long mix(long h, long v) {
        h ^= v;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }

    /** A stream of the given events, sorted by time (stable for equal times). */
    public static EventStream of(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(Event::time));
        return sorted.isEmpty() ? EMPTY : new EventStream(List.copyOf(sorted));
    }

    public static EventStream empty() {
        return EMPTY;
    }

    /** This stream with every event's beat position and phase taken from {@code grid} (or the 120 BPM fallback). */
    @JavaOnly
    public EventStream placedOn(BeatGrid grid) {
        return isEmpty() ? this : new EventStream(events.stream().map(e -> e.placedOn(grid)).toList());
    }

    /**
     * This stream with a beat position and phase from {@code grid} (or the 120 BPM fallback) for every event that
     * has none; events that carry one keep it. The same stream when nothing is missing.
     */
    @JavaOnly
    public EventStream withBeatsFrom(BeatGrid grid) {
        if (events.stream().allMatch(Event::isPlaced)) {
            return this;
        }
        return new EventStream(events.stream().map(e -> e.isPlaced() ? e : e.placedOn(grid)).toList());
    }

    /** Structural key of this stream's content. */
    @JavaOnly
    public String key() {
        return key;
    }

    @JavaOnly
    public List<Event> events() {
        return events;
    }

    double[] times() {
        return times;
    }

    @JavaOnly
    public int size() {
        return events.size();
    }

    @JavaOnly
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The i-th event by time, or {@code null} (JavaScript {@code undefined}) when out of range. */
    public Event get(int i) {
        return i >= 0 && i < events.size() ? events.get(i) : null;
    }

    // ---- queries (script names) ------------------------------------------------------------------------------

    /** Number of events. */
    public int len() {
        return events.size();
    }

    public boolean is_empty() {
        return events.isEmpty();
    }

    /** The events as an array, in time order. */
    public Event[] to_array() {
        return events.toArray(new Event[0]);
    }

    /** {@code [firstTime, lastTime]} in seconds, or an empty array for an empty stream. */
    public double[] time_span() {
        return isEmpty() ? new double[0] : new double[] {times[0], times[times.length - 1]};
    }

    /** The largest weight, 0 for an empty stream. */
    public double max_weight() {
        return events.stream().mapToDouble(Event::weight).max().orElse(0);
    }

    /** The smallest weight, 0 for an empty stream. */
    public double min_weight() {
        return events.stream().mapToDouble(Event::weight).min().orElse(0);
    }

    // ---- filters -----------------------------------------------------------------------------------------------

    /** Events with {@code start <= time < end} (seconds). */
    public EventStream filter_time(double start, double end) {
        return of(events.stream().filter(e -> e.time() >= start && e.time() < end).toList());
    }

    /** Events with {@code weight >= min}. */
    public EventStream filter_weight(double min) {
        return of(events.stream().filter(e -> e.weight() >= min).toList());
    }

    /** The first {@code n} events by time; empty for {@code n <= 0}. */
    public EventStream limit(int n) {
        return n <= 0 ? EMPTY : n >= size() ? this : new EventStream(events.subList(0, n));
    }

    // ---- to signals --------------------------------------------------------------------------------------------

    /** The summed weights of the events within half a frame of the time ({@code |t - time| <= dt/2}). */
    public Signal to_signal() {
        return new EventNodes.EnvelopeSignal(this, EnvelopeOptions.IMPULSE, List.of());
    }

    /**
     * Each event contributes an envelope, combined by {@code overlap_mode}. Options: {@code envelope}
     * ({@code impulse} default, {@code step}, {@code attack_decay}, {@code adsr}, {@code gaussian},
     * {@code exponential_decay}); {@code attack_beats} 0.1, {@code decay_beats} 0.5, {@code sustain_level} 0.7,
     * {@code sustain_beats} 0.5, {@code release_beats} 0.3, {@code width_beats} 0.25; {@code easing}
     * ({@code linear}, {@code quadratic_in|out|in_out}, {@code cubic_in|out|in_out}, {@code exponential_in|out},
     * {@code smoothstep}, {@code elastic}); {@code overlap_mode} {@code sum}|{@code max};
     * {@code group_within_beats} (0 = off) with {@code merge_mode} {@code sum}|{@code max}|{@code mean}.
     * Unknown keys or values warn and use the default.
     */
    public Signal to_signal(Map<String, ?> options) {
        List<String> warnings = new ArrayList<>();
        EnvelopeOptions opts = EnvelopeOptions.parse(options, warnings::add);
        EvalContext running = EvalContext.currentOrNull();
        if (running != null) { // say it now: a structurally equal signal may be evaluated in this one's place
            warnings.forEach(running::warnOnce);
            warnings.clear();
        }
        return new EventNodes.EnvelopeSignal(this, opts, warnings);
    }

    /** Same as {@link #to_signal()}. */
    public Signal impulse() {
        return to_signal();
    }

    /** {@code to_signal().probe(name)}. */
    public Signal probe(String name) {
        return to_signal().probe(name);
    }

    // ---- distances (before the first event: distance to it; empty: 0) ------------------------------------------

    public Signal beats_from_prev() {
        return new EventNodes.Distance(this, Direction.PREV, Unit.BEATS);
    }

    public Signal seconds_from_prev() {
        return new EventNodes.Distance(this, Direction.PREV, Unit.SECONDS);
    }

    /** In frames of the current dt (0 while paused). */
    public Signal frames_from_prev() {
        return new EventNodes.Distance(this, Direction.PREV, Unit.FRAMES);
    }

    /** After the last event: the time left in the track; empty stream: 0. */
    public Signal beats_to_next() {
        return new EventNodes.Distance(this, Direction.NEXT, Unit.BEATS);
    }

    public Signal seconds_to_next() {
        return new EventNodes.Distance(this, Direction.NEXT, Unit.SECONDS);
    }

    public Signal frames_to_next() {
        return new EventNodes.Distance(this, Direction.NEXT, Unit.FRAMES);
    }

    // ---- counts and densities: previous window [t - w, t), next window [t, t + w) ------------------------------

    public Signal count_prev_beats(Object w) {
        return count(Direction.PREV, Unit.BEATS, w, false);
    }

    public Signal count_prev_seconds(Object w) {
        return count(Direction.PREV, Unit.SECONDS, w, false);
    }

    /** Window of {@code w} frames of the current dt. */
    public Signal count_prev_frames(Object w) {
        return count(Direction.PREV, Unit.FRAMES, w, false);
    }

    public Signal count_next_beats(Object w) {
        return count(Direction.NEXT, Unit.BEATS, w, false);
    }

    public Signal count_next_seconds(Object w) {
        return count(Direction.NEXT, Unit.SECONDS, w, false);
    }

    public Signal count_next_frames(Object w) {
        return count(Direction.NEXT, Unit.FRAMES, w, false);
    }

    /** Events per beat over the last {@code w} beats. */
    public Signal density_prev_beats(Object w) {
        return count(Direction.PREV, Unit.BEATS, w, true);
    }

    /** Events per second over the last {@code w} seconds. */
    public Signal density_prev_seconds(Object w) {
        return count(Direction.PREV, Unit.SECONDS, w, true);
    }

    public Signal density_next_beats(Object w) {
        return count(Direction.NEXT, Unit.BEATS, w, true);
    }

    public Signal density_next_seconds(Object w) {
        return count(Direction.NEXT, Unit.SECONDS, w, true);
    }

    /**
     * Progress from the previous event to the next, 0..1: 0 at an event and before the first, 1 after the last,
     * 0 for an empty stream.
     */
    public Signal beat_phase_between() {
        return new EventNodes.PhaseBetween(this);
    }

    private Signal count(Direction dir, Unit unit, Object w, boolean density) {
        return new EventNodes.Count(this, dir, unit, Signal.of(w), density);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventStream s && s.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "EventStream[" + events.size() + " events]";
    }
}
