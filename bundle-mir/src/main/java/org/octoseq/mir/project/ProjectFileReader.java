package org.octoseq.mir.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;

/**
 * Reads {@code project.json} strictly: wrong JSON types are errors (no silent coercion of {@code 5} to
 * {@code "5"}), unknown fields are warnings. Thread-safe.
 */
public final class ProjectFileReader {

    /** What a successful read gives: the file's contents and one warning per unknown field. */
    public record Result(ProjectFile project, List<Diagnostic> warnings) { }

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    /**
     * Reads and checks {@code file}.
     *
     * @throws IOException when the file cannot be read or is invalid; the message is one line of the form
     *                     {@code <file>:<line>:<column>: field '<path>' <problem>}
     */
    public Result read(Path file) throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        ProjectFile project = read(file, ProjectFile.class, "the project",
                "; it needs at least {\"mix\": \"<audio file>\"}", warnings);
        return new Result(project, List.copyOf(warnings));
    }

    /**
     * Reads another JSON file of the show (an event file, a precomputed analysis) with the same strictness and
     * the same one-line messages as {@code project.json}.
     *
     * @param what     the file's contents in words, for the top-level message (e.g. {@code the event file})
     * @param warnings where unknown fields of {@code type}'s records are reported; {@code null} to ignore them
     */
    public <T> T read(Path file, Class<T> type, String what, List<Diagnostic> warnings) throws IOException {
        return read(file, type, what, "", warnings);
    }

    private <T> T read(Path file, Class<T> type, String what, String emptyHint, List<Diagnostic> warnings)
            throws IOException {
        T value;
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                throw new IOException(file + ": is empty" + emptyHint);
            }
            value = mapper.readValue(parser, type);
            if (parser.nextToken() != null) {
                throw new IOException(where(file, parser.currentTokenLocation()) + "unexpected content after the "
                        + "closing '}' of " + what);
            }
        } catch (JsonProcessingException e) {
            throw new IOException(describe(file, what, e), e);
        }
        if (warnings != null) {
            try (JsonParser parser = mapper.createParser(file.toFile())) {
                parser.nextToken();
                new UnknownFieldScanner(file, warnings).scanObject(parser, type, "");
            }
        }
        return value;
    }

    private static String describe(Path file, String what, JsonProcessingException e) {
        String where = where(file, e.getLocation());
        FieldException invalid = findCause(e, FieldException.class);
        if (e instanceof JsonMappingException m) {
            String path = FieldPath.of(m.getPath());
            if (invalid != null) {
                return where + "field '" + FieldPath.join(path, invalid.field()) + "' " + invalid.getMessage();
            }
            String subject = path.isEmpty() ? what : "field '" + path + "'";
            if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                String got = m.getProcessor() instanceof JsonParser p
                        ? " (got " + FieldPath.describe(p.currentToken()) + ")" : "";
                return where + subject + " must be " + FieldPath.expected(mi.getTargetType()) + got;
            }
            return where + subject + ": " + m.getOriginalMessage().lines().findFirst().orElse("");
        }
        String near = e.getProcessor() instanceof JsonParser p ? FieldPath.of(p.getParsingContext()) : "";
        return where + "malformed JSON" + (near.isEmpty() ? "" : " after field '" + near + "'") + ": "
                + e.getOriginalMessage().lines().findFirst().orElse("");
    }

    private static String where(Path file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return file + ": ";
        }
        return file + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
    }

    private static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
