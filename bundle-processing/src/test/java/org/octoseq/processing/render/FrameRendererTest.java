package org.octoseq.processing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.time.Transport;

class FrameRendererTest {

    private static final int W = 64;
    private static final int H = 48;

    @TempDir
    Path dir;

    @Test
    void circleGrowsFrameByFrameWithTheTransportTime() throws IOException, InterruptedException {
        CircleSession session = new CircleSession();

        RenderResult result = new FrameRenderer(W, H).render(session, new FrameRange(2, 0, 1.5), dir,
                RenderProgress.silent());

        assertEquals(List.of(new Transport(0, 0.5, 0), new Transport(0.5, 0.5, 1), new Transport(1.0, 0.5, 2)),
                session.seen);
        assertEquals(3, result.frames().size());
        int[] white = new int[3];
        for (int i = 0; i < 3; i++) {
            RenderedFrame frame = result.frames().get(i);
            assertEquals(dir.resolve(FrameRenderer.fileName(i)), frame.file());
            BufferedImage image = Pixels.read(frame.file());
            assertEquals(W, image.getWidth());
            assertEquals(H, image.getHeight());
            assertTrue(Pixels.isBlack(image.getRGB(0, H - 1)), "background is black");
            white[i] = Pixels.whiteCount(image);
        }
        assertTrue(white[0] > 20 && white[0] < white[1] && white[1] < white[2],
                "white area grows: " + java.util.Arrays.toString(white));
        // a disc of radius r covers about pi r^2 pixels
        assertEquals(Math.PI * 14 * 14, white[2], 60);
    }

    @Test
    void fromShiftsTheTimeButFramesStillCountFromZero() throws IOException, InterruptedException {
        CircleSession session = new CircleSession();

        RenderResult result = new FrameRenderer(W, H).render(session, new FrameRange(2, 1.0, 2.0), dir,
                RenderProgress.silent());

        assertEquals(List.of(new Transport(1.0, 0.5, 0), new Transport(1.5, 0.5, 1)), session.seen);
        assertEquals(dir.resolve("frame-00000.png"), result.frames().get(0).file());
        assertEquals(1.0, result.frames().get(0).time());
        assertEquals(Math.PI * 14 * 14, Pixels.whiteCount(Pixels.read(result.frames().get(0).file())), 60);
    }

    @Test
    void errorDiagnosticDrawsARedBannerAtTheTop() throws IOException, InterruptedException {
        CircleSession broken = new CircleSession();
        broken.diagnostics.add(Diagnostic.of(Diagnostic.Kind.RUNTIME_ERROR, Diagnostic.Phase.DRAW, "x is undefined"));
        CircleSession warned = new CircleSession();
        warned.diagnostics.add(Diagnostic.of(Diagnostic.Kind.WARNING, Diagnostic.Phase.UPDATE, "slow"));

        BufferedImage withError = renderOne(broken, dir.resolve("broken"));
        BufferedImage withWarning = renderOne(warned, dir.resolve("warned"));

        int bannerRow = 1;
        assertTrue(Pixels.redInRow(withError, bannerRow) > W * 3 / 4, "banner across the top");
        assertTrue(Pixels.redInRow(withError, ErrorBanner.height(H) - 1) > W / 2, "banner is a strip");
        assertEquals(0, Pixels.redInRow(withError, ErrorBanner.height(H) + 2), "banner stops below the strip");
        assertTrue(Pixels.isWhite(withError.getRGB(W / 2, H / 2)), "the script's drawing stays visible");
        assertEquals(0, Pixels.redInRow(withWarning, bannerRow), "warnings draw no banner");
    }

    @Test
    void aSessionThatThrowsDoesNotStopTheRender() throws IOException, InterruptedException {
        CircleSession session = new CircleSession();
        session.throwOnFrame = 1;

        RenderResult result = new FrameRenderer(W, H).render(session, new FrameRange(2, 0, 1.5), dir,
                RenderProgress.silent());

        assertEquals(3, result.frames().size());
        assertEquals(1, result.faults().size());
        assertEquals(Diagnostic.Kind.HOST_ERROR, result.faults().get(0).kind());
        assertTrue(result.faults().get(0).message().contains("boom in frame 1"));
        assertEquals(0, Pixels.redInRow(Pixels.read(result.frames().get(0).file()), 1));
        assertTrue(Pixels.redInRow(Pixels.read(result.frames().get(1).file()), 1) > W / 2);
        assertTrue(Pixels.isWhite(Pixels.read(result.frames().get(2).file()).getRGB(W / 2, H / 2)),
                "later frames still draw");
    }

    @Test
    void progressPrintsALineEveryTenPercentWithoutATerminal() throws IOException, InterruptedException {
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);

        new FrameRenderer(8, 8).render(new CircleSession(), new FrameRange(20, 0, 1), dir,
                new RenderProgress(out, false));

        List<String> lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(11, lines.size(), String.join("\n", lines));
        assertEquals("rendering 0% (0/20 frames)", lines.get(0));
        assertEquals("rendering 100% (20/20 frames)", lines.get(10));
    }

    @Test
    void aFrameThatCannotBeWrittenStopsTheRenderWithTheFile() throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve(FrameRenderer.fileName(3)).resolve("in-the-way"));

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                new FrameRenderer(8, 8, 2).render(new CircleSession(), new FrameRange(10, 0, 1), dir,
                        RenderProgress.silent()));
        assertTrue(e.getMessage().contains("frame-00003.png"), e.getMessage());
    }

    private static BufferedImage renderOne(CircleSession session, Path folder) throws IOException, InterruptedException {
        RenderResult result = new FrameRenderer(W, H).render(session, new FrameRange(1, 0, 1), folder,
                RenderProgress.silent());
        return Pixels.read(result.frames().get(0).file());
    }
}
