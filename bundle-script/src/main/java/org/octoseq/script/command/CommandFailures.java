package org.octoseq.script.command;

import java.io.IOException;
import java.io.PrintStream;

/** Runs a command body and turns what stops it into one line {@code octoseq NAME: ...} and an exit code. */
final class CommandFailures {

    @FunctionalInterface
    interface Body {
        int run() throws Arguments.UsageError, IOException, InterruptedException;
    }

    private CommandFailures() {
    }

    static int run(String command, PrintStream err, Body body) {
        try {
            return body.run();
        } catch (Arguments.UsageError | IOException e) {
            return fail(err, command, String.valueOf(e.getMessage()), 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(err, command, "interrupted", 2);
        } catch (RuntimeException | LinkageError e) {
            return fail(err, command, "internal error: " + e, 2);
        }
    }

    private static int fail(PrintStream err, String command, String message, int code) {
        err.println("octoseq " + command + ": " + message.replace('\n', ' '));
        err.flush();
        return code;
    }
}
