package org.octoseq.api.namespace;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tracks every provider service and publishes one immutable {@link Namespace} snapshot with a version that
 * grows by one on every change. Reading the current snapshot is a volatile read and never blocks, so the
 * frame thread calls {@link #current()} once per frame.
 */
@ProviderType
public interface NamespaceRegistry {

    /** The latest snapshot. */
    Namespace current();

    void addListener(NamespaceListener listener);

    void removeListener(NamespaceListener listener);
}
