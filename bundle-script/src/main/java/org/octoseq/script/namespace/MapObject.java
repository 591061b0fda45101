package org.octoseq.script.namespace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A read-only script object over a fixed, ordered member map. */
final class MapObject extends ReadOnlyObject {

    private final Map<String, Object> members;

    MapObject(String path, Map<String, Object> members, Consumer<String> warnings) {
        super(path, warnings);
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    protected Map<String, Object> members() {
        return members;
    }
}
