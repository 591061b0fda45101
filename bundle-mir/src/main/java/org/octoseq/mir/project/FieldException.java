package org.octoseq.mir.project;

/**
 * A value in {@code project.json} that has the right JSON type but is not acceptable (missing, empty,
 * negative). Thrown from the constructors of the {@link ProjectFile} records; {@link ProjectFileReader} adds
 * the file, the path of the enclosing object and the line.
 */
final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    FieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The field's name within its object (e.g. {@code file}). */
    String field() {
        return field;
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "is required and must be a non-empty string");
        }
        return value;
    }

    static void requirePositive(String field, Number value) {
        if (value != null && !(value.doubleValue() > 0)) {
            throw new FieldException(field, "must be greater than 0, got " + value);
        }
    }
}
