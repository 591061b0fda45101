package org.octoseq.processing.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.octoseq.api.show.ScriptSession;

/**
 * Renders a show offline, without a display: one PNG per frame ({@code frame-00000.png}, …) in a folder,
 * each drawn by {@link ShowFrame} at the time the {@link FrameRange} gives it.
 *
 * <p>Frames are drawn one after the other on the calling thread (the script sees them in order); writing the
 * PNGs, most of a 1080p frame's cost, runs on one worker per core meanwhile, a few frames behind at most.
 */
public final class FrameRenderer {

    private final int width;
    private final int height;
    private final int encoders;

    /** A renderer of frames {@code width} × {@code height} pixels. */
    public FrameRenderer(int width, int height) {
        this(width, height, Runtime.getRuntime().availableProcessors());
    }

    /** @param encoders threads writing PNG files (at least 1) */
    FrameRenderer(int width, int height, int encoders) {
        this.width = width;
        this.height = height;
        this.encoders = Math.max(1, encoders);
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
            throws IOException, InterruptedException {
        Path out = folder.toAbsolutePath().normalize();
        Files.createDirectories(out);
        OffscreenCanvas canvas = new OffscreenCanvas(width, height);
        ShowFrame showFrame = new ShowFrame();
        int count = range.count();
        List<RenderedFrame> frames = new ArrayList<>(count);
        ExecutorService pool = Executors.newFixedThreadPool(encoders, r -> {
            Thread t = new Thread(r, "octoseq-png");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<?>> writing = new ArrayDeque<>();
        int written = 0;
        progress.start(count);
        try {
            for (int i = 0; i < count; i++) {
                canvas.beginDraw();
                try {
                    showFrame.draw(session, range.transport(i), canvas.graphics());
                } finally {
                    canvas.endDraw();
                }
                Path file = out.resolve(fileName(i));
                BufferedImage image = canvas.toImage();
                writing.add(pool.submit(() -> write(image, file)));
                frames.add(new RenderedFrame(file, range.time(i)));
                while (writing.size() > 2 * encoders) {
                    await(writing.poll());
                    progress.done(++written);
                }
            }
            while (!writing.isEmpty()) {
                await(writing.poll());
                progress.done(++written);
            }
        } finally {
            pool.shutdownNow();
        }
        return new RenderResult(out, frames, showFrame.faults());
    }

    private static Void write(BufferedImage image, Path file) {
        try {
            PngFiles.write(image, file);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> frame) throws IOException, InterruptedException {
        try {
            frame.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("writing a frame failed: " + e.getCause(), e.getCause());
        }
    }
}
