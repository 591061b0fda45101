/** The namespace registry service and its immutable snapshots. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.octoseq.api.namespace;
