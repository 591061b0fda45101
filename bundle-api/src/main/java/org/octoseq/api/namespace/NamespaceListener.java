package org.octoseq.api.namespace;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about every new namespace snapshot, on the thread that changed the providers. Must return quickly. */
@ConsumerType
@FunctionalInterface
public interface NamespaceListener {

    void namespaceChanged(Namespace snapshot);
}
