package org.octoseq.script.api;

/**
 * One difference between the {@link ApiModel} and what scripts can really reach.
 *
 * @param kind    which side lacks what
 * @param path    the script path or {@code Type.member} it is about
 * @param message a sentence saying what is missing where and how to fix it
 */
public record CoverageFinding(Kind kind, String path, String message) {

    public enum Kind {
        /** reachable by scripts, but the model does not describe it */
        NOT_IN_MODEL,
        /** described by the model, but nothing at runtime has it */
        NOT_AT_RUNTIME,
        /** both have it, but they disagree (type, argument count, result) */
        MISMATCH,
        /** a member that exists when its data exists is absent: the analysis did not provide it */
        NO_DATA,
        /** could not be checked: the collection holding it was empty */
        UNVERIFIED
    }

    /** Whether this is a build-breaking drift between model and runtime (as opposed to missing data). */
    public boolean isDrift() {
        return kind == Kind.NOT_IN_MODEL || kind == Kind.NOT_AT_RUNTIME || kind == Kind.MISMATCH;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + message;
    }
}
