/**
 * What a live show needs besides drawing: the transport, read once per frame from a
 * {@link org.octoseq.processing.live.Playhead} (audio through JavaSound, or a silent clock) by
 * {@link org.octoseq.processing.live.ShowTransport}, and the reloadable script
 * ({@link org.octoseq.processing.live.ScriptSlot}). Private to the bundle; the Processing library ships a copy
 * of these classes (they depend on the JDK and {@code bundle-api} only).
 */
package org.octoseq.processing.live;
