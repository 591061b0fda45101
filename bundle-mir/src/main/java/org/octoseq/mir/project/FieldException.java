package org.octoseq.mir.project;

/**
 * A value in {@code project.json} (or another JSON file of the show) that has the right JSON type but is not
 * acceptable (missing, empty, negative, not one of the allowed words). Thrown from the constructors of the records
 * the file is read into; {@link ProjectFileReader} adds the file, the path of the enclosing object and the line.
 */
public final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the field's name within its object
     * @param problem what is wrong, completing "field 'x' ..." (e.g. {@code is required and must be a number})
     */
    public FieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The field's name within its object (e.g. {@code file}). */
    public String field() {
        return field;
    }

    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "is required and must be a non-empty string");
        }
        return value;
    }

    public static void requirePositive(String field, Number value) {
        if (value != null && !(value.doubleValue() > 0)) {
            throw new FieldException(field, "must be greater than 0, got " + value);
        }
    }
}
