package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.launcher.demo.DemoTrack;

/**
 * {@code octoseq demo} without a display, end to end in a real runtime: the generated track goes through MIR,
 * the registry, the JavaScript script and Processing, and the frames' brightness must follow the track's
 * loudness (computed here independently, from the synthesised samples).
 */
class DemoIT {

    @TempDir
    Path temp;

    @Test
    void theHeadlessDemoRendersFramesWhoseBrightnessFollowsTheEnergy() throws Exception {
        new Deployment(temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Main(temp, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"demo", "--headless"});
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        Path frames = temp.resolve("demo/out/frames");
        assertTrue(printed.contains(frames.toString()), "prints the output folder: " + printed);
        assertTrue(Files.isRegularFile(temp.resolve("demo/out/contact-sheet.png")));

        List<Path> pngs;
        try (Stream<Path> files = Files.list(frames)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertTrue(pngs.size() >= 300, "frames: " + pngs.size());

        float[] mix = DemoTrack.mix(new DemoTrack().stems());
        double[] brightness = new double[pngs.size()];
        double[] energy = new double[pngs.size()];
        for (int i = 0; i < pngs.size(); i++) {
            brightness[i] = meanBrightness(ImageIO.read(pngs.get(i).toFile()));
            energy[i] = rms(mix, i / 30.0, 1 / 30.0);
        }
        double r = pearson(brightness, energy);
        System.err.printf("demo: brightness/energy correlation r = %.3f over %d frames%n", r, pngs.size());
        assertTrue(r > 0.8, "frame brightness should follow the energy, r = " + r);
    }

    /** RMS of the samples in the frame's window {@code [t - dt, t]}. */
    private static double rms(float[] samples, double t, double dt) {
        int from = (int) Math.max(0, (t - dt) * DemoTrack.SAMPLE_RATE);
        int to = (int) Math.min(samples.length, Math.max(from + 1, t * DemoTrack.SAMPLE_RATE));
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    private static double meanBrightness(BufferedImage img) {
        long sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / (3.0 * img.getWidth() * img.getHeight());
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
