package org.octoseq.processing.live;

/**
 * Where the music is: the position of the audio being played (or of a silent clock standing in for it), in
 * seconds from the start of the track. A show reads it once per frame; it never reads the wall clock.
 *
 * <p>Implementations are thread-safe: keys (seek, pause) may arrive on another thread than the frame thread.
 */
public interface Playhead extends AutoCloseable {

    /** Position in seconds from the start of the track, at least 0. Frozen while paused. */
    double position();

    /** Whether the position is advancing. */
    boolean playing();

    /** Starts or resumes from the current position. */
    void play();

    /** Stops at the current position. */
    void pause();

    /** Jumps to {@code seconds} (clamped to 0 and the end of the audio, if known), keeping play/pause. */
    void seek(double seconds);

    /** Length of the audio in seconds, or 0 when unknown (the clock). */
    double duration();

    /** One line for the user, e.g. {@code "audio: mix.wav (44100 Hz, 2 ch)"} or {@code "clock (silent)"}. */
    String description();

    /** Stops playback and frees the sound device. */
    @Override
    void close();
}
