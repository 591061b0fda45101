/** Immutable lazy signal nodes, sampled data, event streams and their per-frame evaluation. Pure Java. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.octoseq.api.signal;
