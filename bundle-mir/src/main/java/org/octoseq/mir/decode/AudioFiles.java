package org.octoseq.mir.decode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which files are taken for audio when a folder is scanned (e.g. {@code stems/}): by their name's ending. */
public final class AudioFiles {

    /** File name endings taken as audio. */
    public static final List<String> ENDINGS = List.of(".wav", ".wave", ".aif", ".aiff", ".aifc", ".au", ".mp3");

    private AudioFiles() {
    }

    /** Whether {@code file} is a regular, non-hidden file with an audio ending. */
    public static boolean isAudio(Path file) {
        return hasAudioName(file) && Files.isRegularFile(file);
    }

    /** Whether {@code file}'s name is a non-hidden name with an audio ending (the file need not exist). */
    public static boolean hasAudioName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** The file name without its extension. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
