package org.octoseq.launcher.demo;

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
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes the demo show folder: the track's mixdown and stems as WAV, a project.json and a script. */
public final class DemoProject {

    /** Bump when the generated content changes, so an old demo folder is regenerated. */
    static final String VERSION = "1";

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
