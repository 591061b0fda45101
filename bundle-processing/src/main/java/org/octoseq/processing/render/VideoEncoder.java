package org.octoseq.processing.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the PNG frames of a render into an H.264 MP4 with the show's audio muxed in, by running {@code ffmpeg}
 * (found on the {@code PATH}; Octoseq does not ship it). The audio is cut to the rendered range, so frame
 * {@code i} of the video plays with the sound at {@code from + i / fps}.
 */
public final class VideoEncoder {

    private static final int STDERR_LINES = 5;

    private final Path ffmpeg;

    /** @param ffmpeg the ffmpeg executable */
    public VideoEncoder(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** The executable called {@code name} in a {@code PATH}-style list of folders, if there is one. */
    public static Optional<Path> findOnPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The ffmpeg command line: the first {@code frameCount} frames {@code frame-%05d.png} of {@code frames} at
     * {@code fps} (older frame files beyond them in the folder are not encoded), the audio from {@code fromSec}
     * for as long as the frames last (silence after the mix's end), H.264 (even dimensions, yuv420p) + AAC.
     *
     * @param audio the mixdown, or {@code null} for a silent video
     */
    public List<String> command(Path frames, double fps, int frameCount, Path audio, double fromSec, Path out) {
        // both inputs are cut to the rendered stretch (an output -frames:v would also cut the audio short)
        String seconds = number(frameCount / fps);
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-y", "-hide_banner", "-loglevel", "error",
                "-framerate", number(fps), "-t", seconds, "-i", frames.resolve("frame-%05d.png").toString()));
        if (audio != null) {
            // padded with silence where the mix ends before the frames do, so no frame is dropped
            cmd.addAll(List.of("-ss", number(fromSec), "-t", seconds, "-i", audio.toString(), "-map", "0:v:0",
                    "-map", "1:a:0", "-c:a", "aac", "-b:a", "192k", "-af", "apad"));
        }
        cmd.addAll(List.of("-t", seconds, "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                "-crf", "18", "-movflags", "+faststart", out.toString()));
        return cmd;
    }

    /**
     * Runs ffmpeg and waits for it.
     *
     * @throws IOException when ffmpeg fails; the message has the last lines it printed
     */
    public void encode(Path frames, double fps, int frameCount, Path audio, double fromSec, Path out)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("octoseq-ffmpeg-", ".log");
        try {
            Process process = new ProcessBuilder(command(frames, fps, frameCount, audio, fromSec, out))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            int code = process.waitFor();
            if (code != 0 || !Files.isRegularFile(out)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
                throw new IOException("ffmpeg exited with " + code + " writing " + out + (tail.isBlank() ? "" : ": " + tail));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6f", v);
    }
}
