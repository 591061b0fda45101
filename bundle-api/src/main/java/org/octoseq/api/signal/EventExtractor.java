package org.octoseq.api.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.octoseq.api.time.BeatGrid;

/**
 * Peak picking over a signal's whole-track series (spec §4.5): adaptive threshold, local maxima, hysteresis
 * in beats, similarity clustering, density per 4-beat window, phase bias, weight mode, and finally weights
 * divided by the largest (so the weakest kept event stays above 0). Deterministic.
 */
final class EventExtractor {

    private EventExtractor() {
    }

    private static final class Candidate {
        double time;
        double weight;
        double beat;

        Candidate(double time, double weight, double beat) {
            this.time = time;
            this.weight = weight;
            this.beat = beat;
        }
    }

    static EventStream extract(Signal source, PickOptions o, EvalContext ctx) {
        TrackSeries series = TrackSeries.of(source, ctx);
        if (series == null) {
            ctx.warnOnce("pick.events needs the track duration (no sampled input reachable and none set); no events");
            return EventStream.empty();
        }
        BeatGrid grid = ctx.beatGrid();
        double[] v = series.values;
        List<Candidate> peaks = peaks(series, threshold(v, o), grid);
        List<Candidate> kept = hysteresis(peaks, o.hysteresisBeats());
        List<Event> clustered = cluster(kept, o.similarityTolerance(), grid);
        List<Event> dense = density(clustered, o.targetDensity(), o.similarityTolerance());
        List<Event> out = new ArrayList<>();
        double duration = v.length * series.step;
        for (Event e : dense) {
            double w = e.weight();
            if (o.phaseBias() != 0) {
                double dist = Math.min(e.beatPhase(), 1 - e.beatPhase());
                double f = (Math.cos(Math.PI * dist) + 1) / 2;
                w *= 1 - o.phaseBias() + o.phaseBias() * f;
            }
            if (o.weightMode() == PickOptions.WeightMode.INTEGRATED_ENERGY) {
                w = rms(series, e.time(), grid.beatsToSeconds(o.energyWindowBeats(), e.time()), duration);
            }
            out.add(e.withWeight(w));
        }
        double max = out.stream().mapToDouble(Event::weight).max().orElse(0);
        List<Event> normalised = out.stream().map(e -> e.withWeight(max > 0 ? e.weight() / max : 1.0)).toList();
        return EventStream.of(normalised);
    }

    /** {@code max(mean + factor·std, minThreshold)} over the finite grid values (population std). */
    static double threshold(double[] v, PickOptions o) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                sum += x;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double var = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                var += (x - mean) * (x - mean);
            }
        }
        double std = n == 0 ? 0 : Math.sqrt(var / n);
        return Math.max(mean + o.adaptiveFactor() * std, o.minThreshold());
    }

    /**
     * Local maxima at or above the threshold: points (or flat runs of equal points) strictly higher than both
     * neighbours, a flat run counting once, at its middle. Flat runs matter because an input read as the peak of
     * each grid step repeats a sample's peak in two steps; a slope or a flat stretch next to the track's ends
     * never fires.
     */
    private static List<Candidate> peaks(TrackSeries s, double threshold, BeatGrid grid) {
        double[] v = s.values;
        List<Candidate> out = new ArrayList<>();
        int k = 1;
        while (k < v.length - 1) {
            int end = k;
            while (end + 1 < v.length && v[end + 1] == v[k]) {
                end++;
            }
            if (end < v.length - 1 && v[k] > v[k - 1] && v[k] > v[end + 1] && v[k] >= threshold) {
                double t = s.timeAt((k + end) / 2);
                out.add(new Candidate(t, v[k], grid.beatPosition(t)));
            }
            k = end + 1;
        }
        return out;
    }

    /** Keeps peaks at least {@code beats} apart; a closer, strictly heavier peak replaces the last kept one. */
    private static List<Candidate> hysteresis(List<Candidate> peaks, double beats) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : peaks) {
            if (out.isEmpty()) {
                out.add(c);
                continue;
            }
            Candidate last = out.get(out.size() - 1);
            if (c.beat - last.beat >= beats - 1e-9) {
                out.add(c);
            } else if (c.weight > last.weight) {
                out.set(out.size() - 1, c);
            }
        }
        return out;
    }

    private static boolean similar(double a, double b, double tolerance) {
        double hi = Math.max(a, b);
        return hi <= 0 ? a == b : Math.min(a, b) / hi >= 1 - tolerance;
    }

    /**
     * Heaviest first, each peak joins the first cluster with a similar running mean weight whose first member
     * is less than half a beat away; each cluster becomes one event at its members' mean time and weight.
     */
    private static List<Event> cluster(List<Candidate> kept, double tolerance, BeatGrid grid) {
        List<Candidate> byWeight = new ArrayList<>(kept);
        byWeight.sort(Comparator.comparingDouble((Candidate c) -> -c.weight).thenComparingDouble(c -> c.time));
        List<List<Candidate>> clusters = new ArrayList<>();
        for (Candidate c : byWeight) {
            List<Candidate> home = null;
            for (List<Candidate> cl : clusters) {
                double mean = cl.stream().mapToDouble(x -> x.weight).average().orElse(0);
                if (similar(c.weight, mean, tolerance) && Math.abs(c.beat - cl.get(0).beat) < 0.5 - 1e-9) {
                    home = cl;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(c);
        }
        List<Event> out = new ArrayList<>();
        for (int id = 0; id < clusters.size(); id++) {
            List<Candidate> cl = clusters.get(id);
            double time = cl.stream().mapToDouble(x -> x.time).average().orElse(0);
            double weight = cl.stream().mapToDouble(x -> x.weight).average().orElse(0);
            double b = grid.beatPosition(time);
            out.add(new Event(time, weight, b, b - Math.floor(b), id));
        }
        out.sort(Comparator.comparingDouble(Event::time));
        return out;
    }

    /**
     * Per 4-beat window keeps the {@code ceil(4·density)} heaviest events plus any other whose weight is
     * similar to a kept one.
     */
    private static List<Event> density(List<Event> events, double targetDensity, double tolerance) {
        int quota = (int) Math.ceil(4 * targetDensity);
        List<Event> out = new ArrayList<>();
        int i = 0;
        while (i < events.size()) {
            double window = Math.floor(events.get(i).beatPosition() / 4);
            int j = i;
            List<Event> group = new ArrayList<>();
            while (j < events.size() && Math.floor(events.get(j).beatPosition() / 4) == window) {
                group.add(events.get(j++));
            }
            List<Event> byWeight = new ArrayList<>(group);
            byWeight.sort(Comparator.comparingDouble((Event e) -> -e.weight()).thenComparingDouble(Event::time));
            List<Event> keep = new ArrayList<>(byWeight.subList(0, Math.min(quota, byWeight.size())));
            for (Event e : byWeight.subList(keep.size(), byWeight.size())) {
                if (keep.stream().limit(quota).anyMatch(k -> similar(e.weight(), k.weight(), tolerance))) {
                    keep.add(e);
                }
            }
            keep.sort(Comparator.comparingDouble(Event::time));
            out.addAll(keep);
            i = j;
        }
        return out;
    }

    /** Root mean square of the series within {@code ±window/2} of {@code t}, clipped to the track. */
    private static double rms(TrackSeries s, double t, double window, double duration) {
        double from = Math.max(0, t - window / 2);
        double to = Math.min(duration, t + window / 2);
        double sum = 0;
        int n = 0;
        for (int k = (int) Math.ceil(from / s.step - 1e-9); k < s.values.length && s.timeAt(k) <= to + 1e-9; k++) {
            sum += s.values[k] * s.values[k];
            n++;
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }
}
