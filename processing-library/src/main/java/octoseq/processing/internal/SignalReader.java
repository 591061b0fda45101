package octoseq.processing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.octoseq.api.namespace.BandEntry;
import org.octoseq.api.namespace.CustomSignalEntry;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.time.Transport;

/**
 * Reads signals for a sketch, frame by frame, the way the script host does for a script: one namespace snapshot
 * and one evaluation context per frame, signals named by their script path ({@code inputs.mix.energy},
 * {@code inputs.stems.Drums.energy}, {@code inputs.mix.bands.Low.energy}, {@code inputs.customSignals.Name},
 * {@code timing.beatPhase}). A path that names nothing reads 0 and prints one warning listing what exists.
 */
public final class SignalReader {

    private final Consumer<String> console;
    private final Set<String> warned = new HashSet<>();
    private final EvalContext eval;
    private final Map<String, Optional<Signal>> byPath = new HashMap<>();
    private Namespace namespace = Namespace.empty(0);
    private Transport transport = new Transport(0, 0, 0);

    /** @param console where warnings go (each one once) */
    public SignalReader(Consumer<String> console) {
        this.console = console;
        this.eval = new EvalContext(this::warnOnce);
        eval.beginFrame(transport, namespace, namespace.beatGrid());
    }

    /** Starts a frame: from now on every value is read at {@code transport} from {@code snapshot}. */
    public void beginFrame(Transport transport, Namespace snapshot) {
        if (snapshot.version() != namespace.version()) {
            byPath.clear(); // stems or signals may have come or gone
        }
        this.namespace = snapshot;
        this.transport = transport;
        eval.beginFrame(transport, snapshot, snapshot.beatGrid());
    }

    public Namespace namespace() {
        return namespace;
    }

    public Transport transport() {
        return transport;
    }

    /** The value of the signal at {@code path} in this frame, 0 when there is no such signal. */
    public double value(String path) {
        return byPath.computeIfAbsent(path, this::resolve).map(this::evaluate).orElse(0.0);
    }

    /** The value of an input in this frame (0 with one warning when its data is missing). */
    public double value(InputRef ref) {
        return evaluate(Signal.input(ref));
    }

    /** The value of a timing signal ({@code time}, {@code beatPhase}…) in this frame. */
    public double timing(String name) {
        return evaluate(Signal.timing(name));
    }

    private double evaluate(Signal signal) {
        return eval.callWith(() -> signal.evaluate(eval));
    }

    private Optional<Signal> resolve(String path) {
        String[] p = path.split("\\.");
        try {
            if (p.length == 2 && p[0].equals("timing")) {
                return Optional.of(Signal.timing(p[1]));
            }
            if (p.length >= 3 && p[0].equals("inputs")) {
                return Optional.ofNullable(input(path, p));
            }
        } catch (IllegalArgumentException e) {
            warnOnce(e.getMessage());
            return Optional.empty();
        }
        warnOnce("'" + path + "' is not a signal path; try inputs.mix.energy or timing.beatPhase");
        return Optional.empty();
    }

    private Signal input(String path, String[] p) {
        switch (p[1]) {
            case "mix" -> {
                Optional<SourceEntry> mix = namespace.mix();
                if (mix.isEmpty()) {
                    return missing(path, "there is no analysed mix yet", List.of());
                }
                return sourceSignal(path, mix.get(), null, p, 2);
            }
            case "stems" -> {
                Optional<SourceEntry> stem = namespace.stem(p[2]);
                if (stem.isEmpty()) {
                    return missing(path, "no stem '" + p[2] + "'", namespace.stems().stream().map(SourceEntry::label).toList());
                }
                return p.length < 4 ? missing(path, "name a signal of the stem", List.copyOf(stem.get().signals().keySet()))
                        : sourceSignal(path, stem.get(), stem.get().id(), p, 3);
            }
            case "customSignals" -> {
                String key = String.join(".", List.of(p).subList(2, p.length));
                for (CustomSignalEntry c : namespace.customSignals()) {
                    if (c.id().equals(key) || c.name().equals(key)) {
                        return Signal.input(InputRef.custom(c.id()));
                    }
                }
                return missing(path, "no custom signal '" + key + "'",
                        namespace.customSignals().stream().map(CustomSignalEntry::name).toList());
            }
            default -> {
                return missing(path, "inputs has mix, stems and customSignals", List.of());
            }
        }
    }

    /** {@code p[at]} is a signal of the source, or {@code bands}, a band key and a signal. */
    private Signal sourceSignal(String path, SourceEntry source, String stemId, String[] p, int at) {
        if (p[at].equals("bands") && p.length == at + 3) {
            for (BandEntry band : source.bands()) {
                if (band.id().equals(p[at + 1]) || band.label().equals(p[at + 1])) {
                    return known(path, band.signals().keySet(), p[at + 2], InputRef.band(band.id(), p[at + 2]));
                }
            }
            return missing(path, "no band '" + p[at + 1] + "'", source.bands().stream().map(BandEntry::label).toList());
        }
        if (p.length != at + 1) {
            return missing(path, "expected a signal name after " + String.join(".", List.of(p).subList(0, at)),
                    List.copyOf(source.signals().keySet()));
        }
        InputRef ref = stemId == null ? InputRef.mix(p[at]) : InputRef.stem(stemId, p[at]);
        return known(path, source.signals().keySet(), p[at], ref);
    }

    private Signal known(String path, Set<String> names, String name, InputRef ref) {
        return names.contains(name) ? Signal.input(ref) : missing(path, "no signal '" + name + "'", new ArrayList<>(names));
    }

    private Signal missing(String path, String why, List<String> existing) {
        warnOnce(path + ": " + why + (existing.isEmpty() ? "" : " (there are: " + String.join(", ", existing) + ")")
                + "; reading 0");
        return null;
    }

    private void warnOnce(String message) {
        if (warned.add(message)) {
            console.accept("octoseq: " + message);
        }
    }
}
