package org.octoseq.mir.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Location;
import org.octoseq.api.namespace.Diagnostic.Phase;

/**
 * Finds the fields of a JSON document that a record type does not declare, with their lines. The records'
 * components are the schema: a record component is an object, a {@code List} of records a list of objects;
 * the contents of any other component are not looked into. Run it on a document that binds without error.
 */
final class UnknownFieldScanner {

    private final Path file;
    private final List<Diagnostic> sink;

    UnknownFieldScanner(Path file, List<Diagnostic> sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Scans the object at the parser's current {@code START_OBJECT} against {@code type}. */
    void scanObject(JsonParser p, Class<?> type, String path) throws IOException {
        Map<String, Type> known = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String field = path.isEmpty() ? name : path + "." + name;
            JsonLocation at = p.currentTokenLocation();
            JsonToken value = p.nextToken();
            Type t = known.get(name);
            if (t == null) {
                sink.add(new Diagnostic(Kind.WARNING, Phase.PROJECT, "unknown field '" + field + "' ignored",
                        new Location(file.toString(), at.getLineNr(), at.getColumnNr()), 1));
                p.skipChildren();
            } else if (value == JsonToken.START_OBJECT && isRecord(t)) {
                scanObject(p, (Class<?>) t, field);
            } else if (value == JsonToken.START_ARRAY && listOfRecords(t) != null) {
                scanList(p, listOfRecords(t), field);
            } else {
                p.skipChildren();
            }
        }
    }

    private void scanList(JsonParser p, Class<?> element, String path) throws IOException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (t == JsonToken.START_OBJECT) {
                scanObject(p, element, path + "[" + i + "]");
            } else {
                p.skipChildren();
            }
        }
    }

    private static boolean isRecord(Type t) {
        return t instanceof Class<?> c && c.isRecord();
    }

    private static Class<?> listOfRecords(Type t) {
        return t instanceof ParameterizedType pt && pt.getRawType() == List.class
                && isRecord(pt.getActualTypeArguments()[0]) ? (Class<?>) pt.getActualTypeArguments()[0] : null;
    }

}
