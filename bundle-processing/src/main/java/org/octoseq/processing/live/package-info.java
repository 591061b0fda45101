/**
 * What a live show needs besides drawing: the transport, read once per frame from a
 * {@link org.octoseq.processing.live.Playhead} (the mixdown played by minim, or a silent clock) by
 * {@link org.octoseq.processing.live.ShowTransport}. Private to the bundle; the Processing library ships a copy
 * of these classes (they depend on the JDK, minim and {@code bundle-api} only).
 */
package org.octoseq.processing.live;
