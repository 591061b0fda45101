package org.octoseq.mir.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.octoseq.api.namespace.Diagnostic;

/**
 * A one-line error message about a file of the show ({@code <file>:<line>:<column>: <reason>}, as
 * {@link ProjectFileReader} writes them) taken apart into its location and reason.
 *
 * @param location where, or {@code null} when the message names no line
 * @param reason   the message without its location prefix
 */
public record FileProblem(Diagnostic.Location location, String reason) {

    private static final Pattern WHERE = Pattern.compile("^(.*?):(\\d+):(\\d+): ");

    public static FileProblem of(String message) {
        Matcher m = WHERE.matcher(message);
        if (m.find()) {
            return new FileProblem(new Diagnostic.Location(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), message.substring(m.end()));
        }
        return new FileProblem(null, message);
    }

    /** A parse error of the project phase saying {@code prefix} and the reason, at the location. */
    public Diagnostic diagnostic(String prefix) {
        return new Diagnostic(Diagnostic.Kind.PARSE_ERROR, Diagnostic.Phase.PROJECT, prefix + reason, location, 1);
    }
}
