package org.octoseq.api.signal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Options of {@code EventStream.to_signal(options)} (spec §4.3); durations in beats. Unknown keys and values
 * fall back to the defaults with a warning.
 */
record EnvelopeOptions(Envelope envelope, double attackBeats, double decayBeats, double sustainLevel,
                       double sustainBeats, double releaseBeats, double widthBeats, Easing easing, Overlap overlap,
                       double groupWithinBeats, Merge merge) {

    enum Overlap { SUM, MAX }

    enum Merge { SUM, MAX, MEAN }

    static final Set<String> KEYS = Set.of("envelope", "attack_beats", "decay_beats", "sustain_level", "sustain_beats",
            "release_beats", "width_beats", "easing", "overlap_mode", "group_within_beats", "merge_mode");

    /** The plain {@code to_signal()}: impulses, summed. */
    static final EnvelopeOptions IMPULSE = new EnvelopeOptions(Envelope.IMPULSE, 0.1, 0.5, 0.7, 0.5, 0.3, 0.25,
            Easing.LINEAR, Overlap.SUM, 0, Merge.SUM);

    static EnvelopeOptions parse(Map<String, ?> options, Consumer<String> warn) {
        OptionBag o = new OptionBag("to_signal", options, KEYS, warn);
        return new EnvelopeOptions(
                o.choice("envelope", Envelope.IMPULSE, Envelope.class),
                o.number("attack_beats", 0.1), o.number("decay_beats", 0.5), o.number("sustain_level", 0.7),
                o.number("sustain_beats", 0.5), o.number("release_beats", 0.3), o.number("width_beats", 0.25),
                o.choice("easing", Easing.LINEAR, Easing.class),
                o.choice("overlap_mode", Overlap.SUM, Overlap.class),
                o.number("group_within_beats", 0), o.choice("merge_mode", Merge.SUM, Merge.class));
    }

    /** Part of the structural key. */
    String key() {
        return envelope.scriptName() + "," + attackBeats + "," + decayBeats + "," + sustainLevel + "," + sustainBeats
                + "," + releaseBeats + "," + widthBeats + "," + easing.scriptName() + "," + overlap + ","
                + groupWithinBeats + "," + merge;
    }

    /**
     * Events closer than {@code group_within_beats} (converted at the group's first event) merged into one
     * event at the first one's time with the merged weight; the events themselves when grouping is off.
     */
    List<Event> group(List<Event> events, org.octoseq.api.time.BeatGrid grid) {
        if (!(groupWithinBeats > 0) || events.size() < 2) {
            return events;
        }
        List<Event> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < events.size()) {
            Event first = events.get(i);
            double window = grid.beatsToSeconds(groupWithinBeats, first.time());
            double sum = first.weight();
            double max = first.weight();
            int j = i + 1;
            while (j < events.size() && events.get(j).time() - first.time() < window) {
                sum += events.get(j).weight();
                max = Math.max(max, events.get(j).weight());
                j++;
            }
            double w = switch (merge) {
                case SUM -> sum;
                case MAX -> max;
                case MEAN -> sum / (j - i);
            };
            out.add(first.withWeight(w));
            i = j;
        }
        return out;
    }
}
