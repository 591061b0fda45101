package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.launcher.demo.DemoProject;
import org.octoseq.launcher.demo.DemoTrack;

/**
 * {@code render} end to end in the real runtime on the demo project, with a script that draws a white disc
 * whose diameter follows {@code inputs.mix.energy}: loud frames must show larger discs than quiet ones
 * (loudness computed here independently, from the synthesised samples), and rendering twice must give
 * byte-identical PNGs.
 */
class ProcessingRenderIT {

    static final String DISC_SCRIPT = """
            function draw(g) {
              g.background(0);
              g.noStroke();
              g.fill(255);
              var d = Math.min(g.height, 4 + inputs.mix.energy.value() * g.height * 2.5);
              g.ellipse(g.width / 2, g.height / 2, d, d);
            }
            """;
    private static final double FPS = 10;

    @TempDir
    Path temp;

    @Test
    void discsFollowTheEnergyAndTwoRendersAreIdentical() throws Exception {
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Files.writeString(demo.resolve("scripts/main.js"), DISC_SCRIPT);
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        try (OctoseqRuntime runtime = new Deployment(temp).start(System.err)) {
            for (Path out : List.of(a, b)) {
                assertEquals(0, runtime.command("render", demo.toString(), "--out", out.toString(), "--fps", "10",
                        "--size", "160x90"));
            }
        }
        List<Path> first = pngs(a);
        List<Path> second = pngs(b);
        assertEquals(240, first.size(), "24 s at 10 fps");
        List<String> ha = hashes(first);
        List<String> hb = hashes(second);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < Math.min(ha.size(), hb.size()); i++) {
            if (!ha.get(i).equals(hb.get(i))) {
                differ.add(first.get(i).getFileName().toString());
            }
        }
        assertEquals(List.of(), differ, "the same project renders the same pixels; these frames differ");

        float[] mix = DemoTrack.mix(new DemoTrack().stems());
        double[] area = new double[first.size()];
        double[] energy = new double[first.size()];
        for (int i = 0; i < first.size(); i++) {
            area[i] = whiteCount(ImageIO.read(first.get(i).toFile()));
            energy[i] = rms(mix, i / FPS, 1 / FPS);
        }
        double loud = meanWhere(area, energy, quantile(energy, 0.75), true);
        double quiet = meanWhere(area, energy, quantile(energy, 0.25), false);
        System.err.printf("render: mean disc area %.0f px on loud frames, %.0f px on quiet frames%n", loud, quiet);
        assertTrue(loud > 1.5 * quiet && loud > 200, "loud " + loud + " vs quiet " + quiet);
        double[] diameter = Arrays.stream(area).map(Math::sqrt).toArray();
        double r = pearson(diameter, energy);
        assertTrue(r > 0.8, "disc size should follow the energy, r = " + r);
    }

    /** The assets and mesh globals in the real runtime: an SVG and an OBJ from the demo's assets/ in a render. */
    @Test
    void assetsFromTheShowFolderAppearInTheRenderAndAMissingOneIsOnlyAWarning() throws Exception {
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Files.writeString(demo.resolve("scripts/main.js"), """
                var ring = assets.shape('ring.svg');
                var pyramid = mesh.load('pyramid');
                var missing = assets.image('nope.png');
                function draw(g) {
                  g.background(0);
                  g.shape(ring, 0, 0, 90, 90);
                  g.image(missing, 0, 0);
                  g.noStroke();
                  g.fill(0, 0, 255);
                  g.pushMatrix();
                  g.translate(130, 45);
                  g.scale(40);
                  g.shape(pyramid, 0, 0);
                  g.popMatrix();
                }
                """);
        Path out = temp.resolve("assets");
        String report = renderPrinting(demo, "--out", out.toString(), "--fps", "1", "--size", "160x90", "--to", "1");
        BufferedImage frame = ImageIO.read(pngs(out).get(0).toFile());
        assertEquals(0xff8800, frame.getRGB(45, 45) & 0xffffff, "the SVG's orange centre");
        assertEquals(0xffffff, frame.getRGB(45, 45 - 36) & 0xffffff, "the SVG's white ring");
        assertEquals(0x0000ff, frame.getRGB(130, 45) & 0xffffff, "the OBJ pyramid, flat, in the script's fill");
        assertEquals(0x000000, frame.getRGB(130, 80) & 0xffffff, "nothing outside the pyramid");
        assertTrue(report.contains("warning [project]: asset 'nope.png' not found"), report);
        assertTrue(!report.contains("error"), "a missing asset is no error:\n" + report);
    }

    /**
     * The graphics a script draws with do not lead out of the sandbox in the real runtime: {@code g.parent} (the
     * sketch, which could launch processes, write files or end the show) is refused with an error the script can
     * catch, and the frame goes on.
     */
    @Test
    void theSketchBehindTheGraphicsIsOutOfReachAndTheFrameGoesOn() throws Exception {
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Files.writeString(demo.resolve("scripts/main.js"), """
                function draw(g) {
                  g.background(0);
                  g.noStroke();
                  g.fill(255, 0, 0);
                  g.rect(0, 0, 80, 90);
                  try {
                    g.parent.exit();
                  } catch (e) {
                    log.warn('refused: ' + e.message);
                  }
                  g.fill(0, 255, 0);
                  g.rect(80, 0, 80, 90);
                }
                """);
        Path out = temp.resolve("sandbox");
        String report = renderPrinting(demo, "--out", out.toString(), "--fps", "2", "--size", "160x90", "--to", "1");
        assertTrue(report.contains("refused: ") && report.contains(".parent is not available to show scripts"), report);
        List<Path> frames = pngs(out);
        assertEquals(2, frames.size());
        BufferedImage frame = ImageIO.read(frames.get(1).toFile());
        assertEquals(0xff0000, frame.getRGB(40, 45) & 0xffffff, "drawn before the refusal");
        assertEquals(0x00ff00, frame.getRGB(120, 45) & 0xffffff, "drawn after it: the frame went on");
    }

    /**
     * {@code --video} with the real ffmpeg: an H.264 video of exactly the rendered frames (not the older, longer
     * render's frames left in the folder) with the mix's audio over the same stretch, as ffprobe reads it.
     */
    @Test
    void aVideoOfTheRenderedFramesWithTheMixThroughFfmpeg() throws Exception {
        ExternalTools.require("encoding --video", "apt-get install ffmpeg", "ffmpeg");
        Path ffprobe = ExternalTools.require("reading the video back", "apt-get install ffmpeg", "ffprobe");
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Files.writeString(demo.resolve("scripts/main.js"), DISC_SCRIPT);
        Path out = temp.resolve("video-frames");
        Path video = temp.resolve("show.mp4");
        Path pastTheEnd = temp.resolve("end.mp4");
        try (OctoseqRuntime runtime = new Deployment(temp).start(System.err)) {
            // an earlier, longer render in the same folder
            assertEquals(0, runtime.command("render", demo.toString(), "--out", out.toString(), "--fps", "10",
                    "--size", "160x90", "--to", "4"));
            assertEquals(0, runtime.command("render", demo.toString(), "--out", out.toString(), "--fps", "10",
                    "--size", "160x90", "--from", "6", "--to", "8", "--video", video.toString()));
            assertEquals(0, runtime.command("render", demo.toString(), "--out", temp.resolve("end").toString(),
                    "--fps", "10", "--size", "160x90", "--from", "23", "--to", "25", "--video", pastTheEnd.toString()));
        }
        assertVideo(ffprobe, video, 20, 2.0, "20 frames (2 s at 10 fps), not the 40 of the older render");
        assertVideo(ffprobe, pastTheEnd, 20, 2.0, "all 20 frames of 23-25 s of a 24 s mix, the last second silent");
    }

    /** ffprobe reads {@code frames} H.264 frames and an AAC track of {@code seconds} from {@code video}. */
    private static void assertVideo(Path ffprobe, Path video, int frames, double seconds, String what) throws Exception {
        Process probe = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-count_frames", "-show_entries",
                "stream=codec_type,codec_name,nb_read_frames,duration", "-of", "compact", video.toString())
                .redirectErrorStream(true).start();
        String streams = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, probe.waitFor(), streams);
        System.err.println("ffprobe " + video.getFileName() + ": " + streams.strip().replace('\n', ' '));
        String videoStream = streams.lines().filter(l -> l.contains("codec_type=video")).findFirst().orElse("");
        String audioStream = streams.lines().filter(l -> l.contains("codec_type=audio")).findFirst().orElse("");
        assertTrue(videoStream.contains("codec_name=h264") && videoStream.contains("nb_read_frames=" + frames),
                what + ": " + streams);
        assertTrue(audioStream.contains("codec_name=aac"), "the mix is muxed in: " + streams);
        double audioSeconds = Double.parseDouble(audioStream.replaceAll(".*duration=([0-9.]+).*", "$1"));
        assertEquals(seconds, audioSeconds, 0.1, "the audio covers the rendered stretch: " + streams);
    }

    /** Runs {@code render demo ARGS} in a fresh runtime, asserts it succeeded, and returns what it printed on stdout. */
    private String renderPrinting(Path demo, String... args) throws Exception {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        // captured before the runtime starts and restored after it stopped: Gogo's ThreadIO wraps System.out
        // when its bundle starts (possibly after this line) and puts back what it wrapped when it stops
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try (OctoseqRuntime runtime = new Deployment(temp).start(System.err)) {
            String[] all = new String[args.length + 1];
            all[0] = demo.toString();
            System.arraycopy(args, 0, all, 1, args.length);
            assertEquals(0, runtime.command("render", all));
        } finally {
            System.setOut(stdout);
        }
        String report = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        System.err.println(report);
        return report;
    }

    static List<Path> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    static List<String> hashes(List<Path> files) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.add(f.getFileName() + " " + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
        return out;
    }

    private static int whiteCount(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) > 128) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double rms(float[] samples, double t, double dt) {
        int from = (int) Math.max(0, (t - dt) * DemoTrack.SAMPLE_RATE);
        int to = (int) Math.min(samples.length, Math.max(from + 1, t * DemoTrack.SAMPLE_RATE));
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    private static double meanWhere(double[] values, double[] key, double threshold, boolean above) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (above ? key[i] >= threshold : key[i] <= threshold) {
                sum += values[i];
                n++;
            }
        }
        return sum / n;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
