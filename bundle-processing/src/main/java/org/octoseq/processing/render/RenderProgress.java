package org.octoseq.processing.render;

import java.io.PrintStream;

/**
 * Progress of an offline render on stderr: a one-line bar redrawn with {@code \r} on a terminal, or a line
 * every 10 % when the output goes to a file or a pipe.
 */
public final class RenderProgress {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private int total;
    private int lastTenth = -1;

    /**
     * @param out      where to write (stderr)
     * @param terminal {@code true} when a person watches a terminal ({@code System.console() != null})
     */
    public RenderProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A progress that prints nothing. */
    public static RenderProgress silent() {
        return new RenderProgress(new PrintStream(PrintStream.nullOutputStream()), false);
    }

    void start(int totalFrames) {
        total = Math.max(1, totalFrames);
        lastTenth = -1;
        done(0);
    }

    void done(int frames) {
        int percent = (int) (100L * frames / total);
        if (terminal) {
            int filled = BAR_WIDTH * frames / total;
            out.print("\rrendering [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                    + percent + "% " + frames + "/" + total);
            if (frames == total) {
                out.println();
            }
            out.flush();
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            out.println("rendering " + percent + "% (" + frames + "/" + total + " frames)");
        }
    }
}
