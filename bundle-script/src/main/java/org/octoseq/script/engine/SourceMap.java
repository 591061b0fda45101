package org.octoseq.script.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a position in instrumented source (text inserted at some places, never a line break) back to the
 * position in the file the user wrote, so every diagnostic names the user's line and column.
 */
public final class SourceMap {

    /** Text of {@code length} characters inserted before original offset {@code at}. */
    record Insertion(int at, int length) {
    }

    private final String original;
    private final String instrumented;
    private final List<Insertion> insertions;

    SourceMap(String original, String instrumented, List<Insertion> insertions) {
        this.original = original;
        this.instrumented = instrumented;
        this.insertions = List.copyOf(insertions);
    }

    /** The identity map: nothing was inserted. */
    public static SourceMap identity(String source) {
        return new SourceMap(source, source, new ArrayList<>());
    }

    /**
     * The original 1-based column of 1-based {@code column} on 1-based {@code line} of the instrumented text
     * (lines are the same in both); a column inside inserted text maps to where the text was inserted.
     */
    public int originalColumn(int line, int column) {
        if (insertions.isEmpty() || line < 1 || column < 1) {
            return column;
        }
        int offset = lineStart(instrumented, line) + column - 1;
        int shift = 0;
        int mapped = -1;
        for (Insertion i : insertions) {
            if (offset < i.at() + shift) {
                break;
            }
            if (offset < i.at() + shift + i.length()) {
                mapped = i.at();
                break;
            }
            shift += i.length();
        }
        if (mapped < 0) {
            mapped = offset - shift;
        }
        return mapped - lineStart(original, line) + 1;
    }

    /** The user's source line {@code line} (1-based), or an empty string. */
    public String originalLine(int line) {
        List<String> lines = original.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static int lineStart(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            int nl = text.indexOf('\n', offset);
            offset = nl < 0 ? text.length() : nl + 1;
        }
        return Math.min(offset, text.length());
    }
}
