package org.octoseq.api.internal.registry;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.NamespaceListener;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.source.ComposedSignalProvider;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.source.ExtraSignals;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The namespace registry: tracks every provider service with dynamic multiple references and publishes a new
 * snapshot on each change. Building a snapshot is serialised; reading it is a volatile read.
 */
@Component(immediate = true, service = NamespaceRegistry.class)
public final class NamespaceRegistryComponent implements NamespaceRegistry {

    /** Keyed by identity: two distinct services may be equal by value (records, value classes). Guarded by builder. */
    private final Map<Object, Provided> providers = new IdentityHashMap<>();
    private final List<NamespaceListener> listeners = new CopyOnWriteArrayList<>();
    private final SnapshotBuilder builder = new SnapshotBuilder();
    private volatile Namespace current = Namespace.empty(0);

    @Override
    public Namespace current() {
        return current;
    }

    @Override
    public void addListener(NamespaceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(NamespaceListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(AudioSourceAnalysis source, Map<String, Object> props) {
        put(source, props);
    }

    void removeSource(AudioSourceAnalysis source) {
        remove(source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBand(BandAnalysis band, Map<String, Object> props) {
        put(band, props);
    }

    void removeBand(BandAnalysis band) {
        remove(band);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCustomSignal(CustomSignalProvider provider, Map<String, Object> props) {
        put(provider, props);
    }

    void removeCustomSignal(CustomSignalProvider provider) {
        remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCustomEvents(CustomEventProvider provider, Map<String, Object> props) {
        put(provider, props);
    }

    void removeCustomEvents(CustomEventProvider provider) {
        remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addComposedSignal(ComposedSignalProvider provider, Map<String, Object> props) {
        put(provider, props);
    }

    void removeComposedSignal(ComposedSignalProvider provider) {
        remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExtraSignals(ExtraSignals provider, Map<String, Object> props) {
        put(provider, props);
    }

    void removeExtraSignals(ExtraSignals provider) {
        remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBeatGrid(BeatGridProvider provider, Map<String, Object> props) {
        put(provider, props);
    }

    void removeBeatGrid(BeatGridProvider provider) {
        remove(provider);
    }

    /** Registers a provider object with its service properties (public for in-process tests and embedding). */
    public void put(Object provider, Map<String, Object> props) {
        Provided entry = new Provided(provider, Map.copyOf(props));
        synchronized (builder) {
            providers.put(provider, entry);
        }
        republish();
    }

    /** Forgets a provider object. */
    public void remove(Object provider) {
        boolean removed;
        synchronized (builder) {
            removed = providers.remove(provider) != null;
        }
        if (removed) {
            republish();
        }
    }

    private void republish() {
        Namespace next;
        synchronized (builder) {
            next = builder.build(current.version() + 1, List.copyOf(providers.values()));
            current = next;
        }
        for (NamespaceListener l : listeners) {
            try {
                l.namespaceChanged(next);
            } catch (RuntimeException e) {
                // a faulty listener must not stop the others or the provider that triggered the change
                System.err.println("octoseq: namespace listener " + l + " failed: " + e);
            }
        }
    }
}
