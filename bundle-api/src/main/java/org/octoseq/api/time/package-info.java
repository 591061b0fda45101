/** Musical and transport time: tempo segments, the beat grid and the per-frame transport state. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.octoseq.api.time;
