package org.octoseq.script.namespace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A read-only script object over a fixed, ordered member map. */
class MapObject extends ReadOnlyObject {

    private final Map<String, Object> members;
    private final Map<String, String> renamed;

    MapObject(String path, Map<String, Object> members, Consumer<String> warnings) {
        this(path, members, Map.of(), warnings);
    }

    /** @param renamed legacy member names mapped to the member that replaces them, named in the warning */
    MapObject(String path, Map<String, Object> members, Map<String, String> renamed, Consumer<String> warnings) {
        super(path, warnings);
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        this.renamed = renamed;
    }

    @Override
    protected String hint(String name) {
        String now = renamed.get(name);
        return now == null ? "" : " (renamed: use " + path() + "." + now + ")";
    }

    @Override
    protected Map<String, Object> members() {
        return members;
    }
}
