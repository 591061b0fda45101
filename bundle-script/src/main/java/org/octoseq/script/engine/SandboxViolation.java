package org.octoseq.script.engine;

/** A script tried to reach something outside its sandbox. The message is a sentence for the user. */
public final class SandboxViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxViolation(String message) {
        super(message);
    }
}
