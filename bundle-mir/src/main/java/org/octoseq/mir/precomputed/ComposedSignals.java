package org.octoseq.mir.precomputed;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.ComposedSignalProvider;
import org.octoseq.mir.project.FileStamp;
import org.octoseq.mir.project.Registrations;
import org.octoseq.mir.project.ShowPart;

/**
 * {@code project.json} {@code composedSignals}: each entry's signal file as a {@link ComposedSignalProvider}
 * ({@code inputs.composedSignals[name]}). Re-read when the entry or the file changes; a file that becomes invalid is
 * reported and its last valid version stays.
 */
public final class ComposedSignals implements ShowPart {

    /** What a published signal was read from. */
    private record Source(ComposedSignalDefinition definition, FileStamp stamp) { }

    private record Provider(Signal signal) implements ComposedSignalProvider { }

    private final Context context;
    /** Guarded by this. */
    private final Registrations<Source> published = new Registrations<>();
    /** Guarded by this. */
    private boolean closed;

    public ComposedSignals(Context context) {
        this.context = context;
    }

    @Override
    public synchronized List<Runnable> apply(Show show) {
        if (closed) {
            return List.of();
        }
        Map<String, ComposedSignalDefinition> wanted = new LinkedHashMap<>();
        for (ComposedSignalDefinition d : show.project().composedSignals()) {
            if (wanted.putIfAbsent(d.name(), d) != null) {
                context.diagnostics().accept(Diagnostic.of(Diagnostic.Kind.WARNING, Diagnostic.Phase.PROJECT,
                        "composed signal '" + d.name() + "' is listed twice; the second is left out"));
            }
        }
        published.retain(wanted.keySet());
        wanted.forEach((name, d) -> {
            Path file = show.root().resolve(d.file()).normalize();
            Source source = new Source(d, FileStamp.of(file));
            if (source.equals(published.get(name))) {
                return;
            }
            SampledSignal data = SignalFiles.read(file, "composed signal '" + name + "'", context);
            if (data != null) {
                published.put(name, source, context.publisher().publish(ComposedSignalProvider.class,
                        new Provider(Signal.sampled(data)), Map.of(ComposedSignalProvider.PROP_NAME, name)));
            }
        });
        return List.of();
    }

    @Override
    public synchronized void close() {
        closed = true;
        published.clear();
    }

    @Override
    public String toString() {
        return "composed signals";
    }
}
