package org.octoseq.processing.window;

/**
 * How the show window looks.
 *
 * @param width      window width in pixels (ignored in full screen)
 * @param height     window height in pixels (ignored in full screen)
 * @param fps        target frames per second
 * @param renderer   a Processing renderer class name, see {@link Renderers}
 * @param fullScreen cover a whole display
 * @param display    the display to open on, counting from 1; 0 for the default one
 * @param title      the window title
 */
public record WindowOptions(int width, int height, double fps, String renderer, boolean fullScreen, int display,
                            String title) {

    public WindowOptions {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("window size must be positive, got " + width + "x" + height);
        }
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        if (display < 0) {
            throw new IllegalArgumentException("display must be 1 or more (0: the default), got " + display);
        }
    }
}
