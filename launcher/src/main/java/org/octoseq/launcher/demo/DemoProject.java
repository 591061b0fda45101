package org.octoseq.launcher.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Writes the demo show folder: the track's mixdown and stems as WAV, a project.json, a script, and three assets
 * (an SVG, an OBJ model and a PNG).
 */
public final class DemoProject {

    /** Bump when the generated content changes, so an old demo folder is regenerated. */
    static final String VERSION = "2";

    private DemoProject() {
    }

    /**
     * Creates the demo project in {@code folder} unless a complete one of this version is already there.
     *
     * @return {@code true} when it was (re)generated
     */
    public static boolean ensure(Path folder) throws IOException {
        Path marker = folder.resolve(".octoseq/demo-version");
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(VERSION)
                && Files.isRegularFile(folder.resolve("project.json"))) {
            return false;
        }
        Files.createDirectories(folder.resolve("audio"));
        Files.createDirectories(folder.resolve("stems"));
        Files.createDirectories(folder.resolve("scripts"));
        Map<String, float[]> stems = new DemoTrack().stems();
        for (Map.Entry<String, float[]> stem : stems.entrySet()) {
            writeWav(stem.getValue(), folder.resolve("stems/" + stem.getKey().toLowerCase(Locale.ROOT) + ".wav"));
        }
        writeWav(DemoTrack.mix(stems), folder.resolve("audio/mix.wav"));
        copyResource("project.json", folder.resolve("project.json"));
        copyResource("main.js", folder.resolve("scripts/main.js"));
        Files.createDirectories(folder.resolve("assets"));
        copyResource("ring.svg", folder.resolve("assets/ring.svg"));
        copyResource("pyramid.obj", folder.resolve("assets/pyramid.obj"));
        writeGlow(folder.resolve("assets/glow.png"));
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, VERSION + "\n");
        return true;
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = DemoProject.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the launcher jar lacks its demo resource " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A 64×64 white glow fading to transparent at the edge. */
    static void writeGlow(Path target) throws IOException {
        int size = 64;
        BufferedImage glow = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x - size / 2.0 + 0.5, y - size / 2.0 + 0.5) / (size / 2.0);
                int alpha = (int) Math.round(255 * Math.max(0, 1 - r) * Math.max(0, 1 - r));
                glow.setRGB(x, y, alpha << 24 | 0xffffff);
            }
        }
        if (!ImageIO.write(glow, "png", target.toFile())) {
            throw new IOException("no PNG writer for " + target);
        }
    }

    /** 16-bit mono PCM WAV at {@link DemoTrack#SAMPLE_RATE}, written through a temp file and an atomic move. */
    public static void writeWav(float[] samples, Path target) throws IOException {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            pcm.putShort((short) Math.round(Math.max(-1f, Math.min(1f, s)) * 32767f));
        }
        AudioFormat format = new AudioFormat(DemoTrack.SAMPLE_RATE, 16, 1, true, false);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, tmp.toFile());
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
