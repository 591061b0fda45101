package org.octoseq.mir.command;

import java.io.PrintStream;

/**
 * A one-line progress bar redrawn in place ({@code \r}) on an interactive terminal; silent otherwise, so
 * redirected output and logs stay clean.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private boolean drawn;

    /** @param enabled whether to draw at all (true when {@code System.console() != null}) */
    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Shows {@code fraction} (0..1) done with a word about the current step. */
    void show(double fraction, String step) {
        if (!enabled) {
            return;
        }
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        out.print("\ranalyze [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + Math.round(fraction * 100) + "% " + String.format("%-24s", step));
        out.flush();
        drawn = true;
    }

    /** Clears the bar's line. */
    void done() {
        if (enabled && drawn) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            out.flush();
        }
    }
}
