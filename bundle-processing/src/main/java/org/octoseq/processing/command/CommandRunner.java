package org.octoseq.processing.command;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Runs the body of a command and turns whatever stops it into an exit code and one line on stderr,
 * {@code octoseq NAME: message}: 1 for the user's mistakes (bad arguments, unreadable project, unwritable
 * output), 2 for everything else. Never a bare stack trace.
 */
final class CommandRunner {

    @FunctionalInterface
    interface Body {
        int run() throws CommandException, IOException, InterruptedException;
    }

    private CommandRunner() {
    }

    static int run(String command, PrintStream err, Body body) {
        try {
            return body.run();
        } catch (CommandException e) {
            return fail(err, command, e.getMessage(), e.exitCode());
        } catch (IOException e) {
            return fail(err, command, e.getMessage() == null ? e.toString() : e.getMessage(),
                    CommandException.USER_ERROR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(err, command, "interrupted", CommandException.INTERNAL_ERROR);
        } catch (RuntimeException | LinkageError e) {
            return fail(err, command, "internal error: " + e, CommandException.INTERNAL_ERROR);
        }
    }

    private static int fail(PrintStream err, String command, String message, int exitCode) {
        err.println("octoseq " + command + ": " + message.replace('\n', ' '));
        err.flush();
        return exitCode;
    }
}
