package org.octoseq.processing.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

class RenderCommandTest {

    @TempDir
    Path dir;

    private final FakeShow show = new FakeShow();
    private final RenderCommand command = new RenderCommand(show, show, show);

    @Test
    void rendersTheMixDurationAtTheProjectsFpsAndSize() throws IOException {
        Path out = dir.resolve("frames");

        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("show").toString(), "--out",
                out.toString()));

        assertEquals(0, run.exitCode, run.err);
        List<String> lines = run.out.lines().toList();
        assertEquals(out.toAbsolutePath().toString(), lines.get(0));
        assertTrue(lines.get(1).startsWith("5 frames, 32x18 at 10 fps"), lines.get(1));
        assertEquals(show.descriptor.script(), show.loadedScripts.get(0));
        assertTrue(show.offline, "an offline render's script budgets do not depend on the machine's load");
        BufferedImage last = ImageIO.read(out.resolve("frame-00004.png").toFile());
        assertEquals(32, last.getWidth());
        assertEquals(18, last.getHeight());
        assertTrue(Files.notExists(out.resolve("frame-00005.png")));
        assertTrue(run.err.contains("analysing mix.wav"), run.err);
        assertTrue(show.session.closed && show.projectClosed, "session and project closed");
    }

    @Test
    void optionsOverrideTheProjectAndWriteAContactSheet() throws IOException {
        Path out = dir.resolve("frames");
        Path sheet = dir.resolve("sheet.png");

        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("show").toString(), "--out",
                out.toString(), "--fps", "4", "--size", "40x20", "--from", "1", "--to", "2",
                "--contact-sheet", sheet.toString()));

        assertEquals(0, run.exitCode, run.err);
        assertEquals(4, show.session.seen.size());
        assertEquals(1.0, show.session.seen.get(0).time());
        assertEquals(1.75, show.session.seen.get(3).time());
        assertEquals(40, ImageIO.read(out.resolve("frame-00000.png").toFile()).getWidth());
        assertEquals(4 + 4 * (192 + 4), ImageIO.read(sheet.toFile()).getWidth());
        assertTrue(run.out.contains("contact sheet " + sheet.toAbsolutePath()), run.out);
    }

    @Test
    void aBrokenScriptStillRendersAndPrintsItsDiagnostics() {
        show.session.diagnostics.add(Diagnostic.of(Diagnostic.Kind.PARSE_ERROR, Diagnostic.Phase.COMPILE,
                "unexpected token"));

        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("show").toString(), "--out",
                dir.resolve("frames").toString()));

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.lines().anyMatch(l -> l.equals("parse error [compile]: unexpected token")), run.out);
    }

    @Test
    void aProjectThatCannotBeOpenedExitsWithOneLine() {
        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("missing").toString(),
                "--out", dir.resolve("frames").toString()));

        assertEquals(1, run.exitCode);
        assertEquals(1, run.err.lines().count(), run.err);
        assertTrue(run.err.startsWith("octoseq render: ") && run.err.contains("project.json"), run.err);
        assertEquals("", run.out);
    }

    @Test
    void badArgumentsExitWithOneBeforeOpeningAnything() {
        for (String[] args : List.of(new String[] {"show"}, new String[] {"show", "--out", "x", "--fps", "abc"},
                new String[] {"show", "--out", "x", "--bogus", "1"},
                new String[] {"show", "--out", "x", "--from", "3", "--to", "2"})) {
            CapturedConsole run = CapturedConsole.run(() -> command.render(args));
            assertEquals(1, run.exitCode, String.join(" ", args));
            assertTrue(run.err.startsWith("octoseq render: "), run.err);
            assertEquals(1, run.err.lines().count(), run.err);
        }
        assertTrue(show.opened.isEmpty());
    }

    @Test
    void videoWithoutFfmpegFailsBeforeRendering() {
        RenderCommand noFfmpeg = new RenderCommand(show, show, show, java.util.Optional::empty);

        CapturedConsole run = CapturedConsole.run(() -> noFfmpeg.render(dir.resolve("show").toString(), "--out",
                dir.resolve("frames").toString(), "--video", dir.resolve("show.mp4").toString()));

        assertEquals(1, run.exitCode);
        assertEquals("octoseq render: " + RenderCommand.NO_FFMPEG, run.err.strip());
        assertTrue(show.opened.isEmpty(), "nothing opened or rendered");
    }

    /** The command with a stand-in ffmpeg that records its arguments in {@code args} and writes its output file. */
    private RenderCommand withFakeFfmpeg(Path args) throws IOException {
        Path fake = dir.resolve("bin/ffmpeg");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + args + "\nfor a; do last=$a; done\n"
                + "echo fake > \"$last\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        return new RenderCommand(show, show, show,
                () -> org.octoseq.processing.render.VideoEncoder.findOnPath("ffmpeg", fake.getParent().toString()));
    }

    @Test
    void videoRunsFfmpegOnTheFramesWithTheMixCutToTheRange() throws IOException {
        Path args = dir.resolve("ffmpeg-args.txt");
        RenderCommand withFfmpeg = withFakeFfmpeg(args);
        Path video = dir.resolve("show.mp4");

        CapturedConsole run = CapturedConsole.run(() -> withFfmpeg.render(dir.resolve("show").toString(), "--out",
                dir.resolve("frames").toString(), "--from", "0.2", "--to", "0.5", "--video", video.toString()));

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("video " + video), run.out);
        List<String> ffmpegArgs = Files.readAllLines(args);
        String joined = String.join(" ", ffmpegArgs);
        assertTrue(joined.contains("-framerate 10 -t 0.300000 -i " + dir.resolve("frames").toAbsolutePath() + "/frame-%05d.png"),
                "only this render's 3 frames: " + joined);
        assertTrue(joined.contains("-ss 0.200000 -t 0.300000 -i " + show.descriptor.mix()), joined);
        assertTrue(joined.contains("-af apad -t 0.300000 ") && !joined.contains("-shortest"),
                "audio padded, the output as long as the frames: " + joined);
        assertTrue(joined.contains("-c:v libx264") && joined.contains("-c:a aac") && joined.endsWith(video.toString()), joined);
    }

    @Test
    void aPrecomputedMixOrARangeAfterTheMixGivesASilentVideoWithANote() throws IOException {
        Path args = dir.resolve("ffmpeg-args.txt");
        RenderCommand withFfmpeg = withFakeFfmpeg(args);
        Path video = dir.resolve("show.mp4");

        CapturedConsole late = CapturedConsole.run(() -> withFfmpeg.render(dir.resolve("show").toString(), "--out",
                dir.resolve("late").toString(), "--from", "0.6", "--to", "0.8", "--video", video.toString()));
        assertEquals(0, late.exitCode, late.err);
        assertTrue(late.out.contains("note: the video is silent: it starts after the end of the mix"), late.out);
        assertTrue(!Files.readString(args).contains(show.descriptor.mix().toString()), "no audio input");

        show.mixFile = "signals/mix.json"; // what octoseq import writes
        CapturedConsole precomputed = CapturedConsole.run(() -> withFfmpeg.render(dir.resolve("show").toString(),
                "--out", dir.resolve("pre").toString(), "--to", "0.3", "--video", video.toString()));
        assertEquals(0, precomputed.exitCode, precomputed.err);
        assertTrue(precomputed.out.contains("note: the video is silent: the mix is a precomputed analysis (mix.json)"),
                precomputed.out);
        assertTrue(!Files.readString(args).contains("mix.json") && !Files.readString(args).contains("apad"),
                Files.readString(args));
    }

    @Test
    void olderFramesBeyondThisRenderAreNamedAndLeftAlone() throws IOException {
        Path frames = dir.resolve("frames");
        Files.createDirectories(frames);
        for (int i = 0; i < 8; i++) {
            Files.writeString(frames.resolve(String.format("frame-%05d.png", i)), "old");
        }
        Files.writeString(frames.resolve("notes.txt"), "mine");

        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("show").toString(), "--out",
                frames.toString(), "--from", "0.2", "--to", "0.5"));

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("also holds 5 frame file(s) numbered past this render's last frame"), run.out);
        assertEquals("old", Files.readString(frames.resolve("frame-00007.png")));
        assertEquals(5, RenderCommand.olderFrames(frames, 3));
        assertEquals(0, RenderCommand.olderFrames(frames, 8));
    }

    @Test
    void analysisThatNeverFinishesIsAnError() {
        show.ready = false;

        CapturedConsole run = CapturedConsole.run(() -> command.render(dir.resolve("show").toString(), "--out",
                dir.resolve("frames").toString()));

        assertEquals(1, run.exitCode);
        assertTrue(run.err.contains("octoseq render: analysis of"), run.err);
        assertTrue(show.projectClosed);
    }
}
