package org.octoseq.processing.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.octoseq.api.show.ScriptSession;

/**
 * Renders a show offline, without a display: one PNG per frame ({@code frame-00000.png}, …) in a folder,
 * each drawn by {@link ShowFrame} at the time the {@link FrameRange} gives it.
 */
public final class FrameRenderer {

    private final int width;
    private final int height;

    /** A renderer of frames {@code width} × {@code height} pixels. */
    public FrameRenderer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The file name of frame {@code i}. */
    public static String fileName(int i) {
        return String.format(Locale.ROOT, "frame-%05d.png", i);
    }

    /**
     * Renders every frame of {@code range}. A failing script gives black frames with the error banner; only
     * a folder that cannot be written stops the render.
     *
     * @throws IOException when {@code folder} cannot be created or a frame cannot be written
     */
    public RenderResult render(ScriptSession session, FrameRange range, Path folder, RenderProgress progress)
            throws IOException {
        Path out = folder.toAbsolutePath().normalize();
        Files.createDirectories(out);
        OffscreenCanvas canvas = new OffscreenCanvas(width, height);
        ShowFrame showFrame = new ShowFrame();
        int count = range.count();
        List<RenderedFrame> frames = new ArrayList<>(count);
        progress.start(count);
        for (int i = 0; i < count; i++) {
            canvas.beginDraw();
            try {
                showFrame.draw(session, range.transport(i), canvas.graphics());
            } finally {
                canvas.endDraw();
            }
            Path file = out.resolve(fileName(i));
            canvas.savePng(file);
            frames.add(new RenderedFrame(file, range.time(i)));
            progress.done(i + 1);
        }
        return new RenderResult(out, frames, showFrame.faults());
    }
}
