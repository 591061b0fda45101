package org.octoseq.processing.command;

/** A command cannot go on; its message is one line for the user and it carries the process exit code. */
final class CommandException extends Exception {

    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 2;

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The user asked for something that cannot be done (bad option, missing project…): exit code 1. */
    static CommandException user(String message) {
        return new CommandException(USER_ERROR, message);
    }

    int exitCode() {
        return exitCode;
    }
}
