package org.octoseq.mir.decode;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;

/**
 * Decodes an audio file to mono float samples at the file's own sample rate.
 *
 * <p>WAV, AIFF and AU (8/16/24/32-bit integer or 32/64-bit float PCM, any channel count) are read with
 * JavaSound; MP3 ({@code .mp3}) with mp3spi's reader and converter, instantiated directly because the
 * JavaSound service lookup does not see them inside OSGi. Channels are averaged. An MP3 is trimmed of its
 * encoder and decoder delay and its end padding as its LAME tag gives them ({@link Mp3Gapless}), so its sample
 * 0 is the first sample that was encoded, as with decoders that honour the tag (ffmpeg, browsers).
 *
 * <p>Stateless and thread-safe.
 */
public final class AudioDecoder {

    /**
     * Decodes {@code file}.
     *
     * @throws AudioDecodeException when the file is missing, is not audio, is truncated or holds no samples;
     *                              the message names the file and the reason in one line
     */
    public DecodedAudio decode(Path file) throws AudioDecodeException {
        if (!Files.isRegularFile(file)) {
            throw new AudioDecodeException(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        try (AudioInputStream encoded = open(file); AudioInputStream pcm = toLinearPcm(encoded)) {
            AudioFormat format = pcm.getFormat();
            long declared = encoded.getFrameLength();
            float[] samples = new MonoMixer(format).readAll(pcm, pcm == encoded ? declared : -1);
            if (pcm == encoded && declared != AudioSystem.NOT_SPECIFIED && samples.length < declared) {
                throw new AudioDecodeException(file, String.format(Locale.ROOT,
                        "truncated: the header announces %d sample frames but the file holds %d",
                        declared, samples.length));
            }
            if (isMp3(file)) {
                samples = Mp3Gapless.of(file).apply(samples);
            }
            if (samples.length == 0) {
                throw new AudioDecodeException(file, "contains no audio samples");
            }
            return new DecodedAudio(samples, format.getSampleRate(), file);
        } catch (UnsupportedAudioFileException e) {
            throw new AudioDecodeException(file, "not a recognised audio file", e);
        } catch (EOFException e) {
            throw new AudioDecodeException(file, "truncated: the file ends inside its header", e);
        } catch (IOException e) {
            throw new AudioDecodeException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new AudioDecodeException(file, "unsupported audio encoding (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // mp3spi/jlayer signal corrupt frames with unchecked exceptions
            throw new AudioDecodeException(file, "corrupt audio data (" + e + ")", e);
        }
    }

    private static AudioInputStream open(Path file) throws UnsupportedAudioFileException, IOException {
        if (isMp3(file)) {
            return new MpegAudioFileReader().getAudioInputStream(file.toFile());
        }
        return AudioSystem.getAudioInputStream(file.toFile());
    }

    /** {@code in} itself when {@link MonoMixer} reads it as is, else a 16-bit PCM conversion of it. */
    private static AudioInputStream toLinearPcm(AudioInputStream in) {
        AudioFormat f = in.getFormat();
        if (MonoMixer.canRead(f)) {
            return in;
        }
        int channels = Math.max(1, f.getChannels());
        AudioFormat target = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16, channels,
                channels * 2, f.getSampleRate(), false);
        if (f.getEncoding().toString().startsWith("MPEG")) {
            return new MpegFormatConversionProvider().getAudioInputStream(target, in);
        }
        return AudioSystem.getAudioInputStream(target, in);
    }

    private static boolean isMp3(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp3");
    }
}
