package octoseq.processing;

import java.util.List;
import octoseq.processing.internal.SignalReader;
import org.octoseq.api.namespace.BandEntry;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.InputRef;

/**
 * One audio source in this frame — the mix, a stem, or a frequency band of either — and its signals as
 * numbers. Signal names come from the analysis ({@code energy} is RMS loudness, 0..1; {@code centroid} in Hz;
 * {@code flux}; {@code onset}; plus whatever else it offers): see {@link #signals()}.
 *
 * <p>A source that does not exist (a stem not loaded yet) reads 0 everywhere; {@link #exists()} tells.
 */
public final class Source {

    private final SignalReader reader;
    private final SourceEntry source;
    private final BandEntry band;

    Source(SignalReader reader, SourceEntry source, BandEntry band) {
        this.reader = reader;
        this.source = source;
        this.band = band;
    }

    /** Whether this source is there (analysed and registered). */
    public boolean exists() {
        return source != null || band != null;
    }

    /** The label shown to users ({@code "Drums"}); empty when it does not exist. */
    public String label() {
        return band != null ? band.label() : source != null ? source.label() : "";
    }

    /** The id ({@code "stem-drums"}); empty when it does not exist. */
    public String id() {
        return band != null ? band.id() : source != null ? source.id() : "";
    }

    /** The value of signal {@code name} in this frame (0 when there is no such signal, with one warning). */
    public float get(String name) {
        if (!exists()) {
            return 0;
        }
        InputRef ref;
        if (band != null) {
            ref = InputRef.band(band.id(), name);
        } else if ("mix".equals(source.kind())) {
            ref = InputRef.mix(name);
        } else {
            ref = InputRef.stem(source.id(), name);
        }
        return (float) reader.value(ref);
    }

    /** Loudness (RMS energy, 0..1): {@code get("energy")}. */
    public float energy() {
        return get("energy");
    }

    /** The names of the signals this source has. */
    public String[] signals() {
        if (!exists()) {
            return new String[0];
        }
        return (band != null ? band.signals() : source.signals()).keySet().toArray(String[]::new);
    }

    /** The labels of this source's frequency bands (none for a band). */
    public String[] bands() {
        return source == null || band != null ? new String[0]
                : source.bands().stream().map(BandEntry::label).toArray(String[]::new);
    }

    /** The band with this id or label; one that does not exist reads 0. */
    public Source band(String idOrLabel) {
        if (source == null || band != null) {
            return new Source(reader, null, null);
        }
        List<BandEntry> bands = source.bands();
        for (BandEntry b : bands) {
            if (b.id().equals(idOrLabel)) {
                return new Source(reader, source, b);
            }
        }
        for (BandEntry b : bands) {
            if (b.label().equals(idOrLabel)) {
                return new Source(reader, source, b);
            }
        }
        return new Source(reader, null, null);
    }

    @Override
    public String toString() {
        return exists() ? "Source[" + label() + "]" : "Source[missing]";
    }
}
