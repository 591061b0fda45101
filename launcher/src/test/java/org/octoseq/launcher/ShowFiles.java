package org.octoseq.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Files of test shows: generated audio and edits saved the way an editor does (write beside, then move). */
final class ShowFiles {

    private ShowFiles() {
    }

    /** 16-bit mono 44.1 kHz WAV of {@code samples} (values in [-1, 1]). */
    static Path wav(Path file, float[] samples) throws IOException {
        int rate = 44100;
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : samples) {
            pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        }
        Files.createDirectories(file.getParent());
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, samples.length),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    /** A sine of {@code hz} at 44.1 kHz. */
    static float[] sine(double hz, double amplitude, double seconds) {
        float[] x = new float[(int) Math.round(seconds * 44100)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / 44100));
        }
        return x;
    }

    /** Replaces {@code file} with {@code text} atomically, as editors that save through a temporary file do. */
    static void save(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".saving"), text);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
