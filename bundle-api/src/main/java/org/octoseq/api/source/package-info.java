/** Provider service interfaces: whatever registers one of these appears in the script namespace. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.octoseq.api.source;
