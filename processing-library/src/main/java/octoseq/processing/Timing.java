package octoseq.processing;

import octoseq.processing.internal.SignalReader;

/**
 * Where the music is in this frame: the playhead and the beat grid, as numbers (the same values as the
 * script namespace's {@code timing}). Before a beat grid is known the beat values run on a virtual 120 BPM
 * grid starting at 0 s.
 */
public final class Timing {

    private final SignalReader reader;

    Timing(SignalReader reader) {
        this.reader = reader;
    }

    /** The playhead, in seconds from the start of the track. */
    public float time() {
        return (float) reader.timing("time");
    }

    /** Seconds since the previous frame; 0 while paused. */
    public float dt() {
        return (float) reader.timing("dt");
    }

    /** Position on the beat grid in beats (negative before beat 0). */
    public float beatPosition() {
        return (float) reader.timing("beatPosition");
    }

    /** The number of the current beat: {@code floor(beatPosition())}. */
    public int beatIndex() {
        return (int) Math.floor(reader.timing("beatPosition"));
    }

    /** How far into the current beat, 0 (on the beat) to 1. */
    public float beatPhase() {
        return (float) reader.timing("beatPhase");
    }

    /** Tempo at the playhead in beats per minute. */
    public float bpm() {
        return (float) reader.timing("bpm");
    }
}
