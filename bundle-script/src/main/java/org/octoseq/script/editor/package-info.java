/**
 * What a script editor (the web editor bundle) needs from the script host: the running show script, its
 * diagnostics, drafts checked by the real host, saving (the host then hot-reloads) and TypeScript declarations
 * of the live API model for completion and hover.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.octoseq.script.editor;
