/** Services that open a show folder and run its script, shared by the MIR, script and Processing bundles. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.octoseq.api.show;
