package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time: cheap to read, and different whenever the file was rewritten (ext4
 * and APFS keep nanosecond times). A missing file has the stamp {@code (-1, -1)}.
 *
 * @param size            bytes
 * @param modifiedNanos   last modification, nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos) {

    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long t = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            return new FileStamp(a.size(), t);
        } catch (IOException missing) {
            return new FileStamp(-1, -1);
        }
    }
}
