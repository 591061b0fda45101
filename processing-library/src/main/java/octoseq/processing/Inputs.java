package octoseq.processing;

import octoseq.processing.internal.SignalReader;
import org.octoseq.api.namespace.CustomSignalEntry;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.InputRef;

/**
 * The music's inputs in this frame, as the script namespace's {@code inputs}: the mix, the stems (by id or
 * label) and the custom signals. Stems can appear and disappear while the sketch runs (a file dropped into the
 * show's {@code stems/} folder, a provider bundle dropped into {@code library/bundles/}); look them up every
 * frame.
 */
public final class Inputs {

    private final SignalReader reader;

    Inputs(SignalReader reader) {
        this.reader = reader;
    }

    /** The mixdown. */
    public Source mix() {
        return new Source(reader, reader.namespace().mix().orElse(null), null);
    }

    /** The stem with this id or label; one that does not exist (yet) reads 0, see {@link Source#exists()}. */
    public Source stem(String idOrLabel) {
        return new Source(reader, reader.namespace().stem(idOrLabel).orElse(null), null);
    }

    /** The labels of the stems, in label order. */
    public String[] stems() {
        return reader.namespace().stems().stream().map(SourceEntry::label).toArray(String[]::new);
    }

    /** The names of the custom signals. */
    public String[] customSignals() {
        return reader.namespace().customSignals().stream().map(CustomSignalEntry::name).toArray(String[]::new);
    }

    /** The value of the custom signal with this id or name in this frame (0 when there is none). */
    public float customSignal(String idOrName) {
        for (CustomSignalEntry c : reader.namespace().customSignals()) {
            if (c.id().equals(idOrName) || c.name().equals(idOrName)) {
                return (float) reader.value(InputRef.custom(c.id()));
            }
        }
        return 0;
    }
}
