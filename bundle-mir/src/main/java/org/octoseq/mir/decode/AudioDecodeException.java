package org.octoseq.mir.decode;

import java.nio.file.Path;

/**
 * An audio file that could not be decoded. The message is one line for the user:
 * {@code <file>: <reason>}.
 */
public final class AudioDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public AudioDecodeException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public AudioDecodeException(Path file, String reason) {
        this(file, reason, null);
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** Why it failed, without the file name (e.g. {@code not a recognised audio file}). */
    public String reason() {
        return reason;
    }
}
