package org.octoseq.processing.render;

import java.nio.file.Path;

/**
 * One frame written by the {@link FrameRenderer}.
 *
 * @param file the PNG file
 * @param time the track time it shows, in seconds
 */
public record RenderedFrame(Path file, double time) {
}
