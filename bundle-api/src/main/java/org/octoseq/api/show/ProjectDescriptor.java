package org.octoseq.api.show;

import java.nio.file.Path;

/**
 * The parts of a show folder's {@code project.json} that the script host and the renderer need.
 *
 * @param root   the show folder
 * @param name   display name (the folder name when {@code project.json} has none)
 * @param mix    the mixdown audio file
 * @param script the script file ({@code scripts/main.js} by default)
 * @param width  render width in pixels
 * @param height render height in pixels
 * @param fps    render frames per second
 */
public record ProjectDescriptor(Path root, String name, Path mix, Path script, int width, int height, double fps) {

    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 720;
    public static final double DEFAULT_FPS = 60.0;
}
