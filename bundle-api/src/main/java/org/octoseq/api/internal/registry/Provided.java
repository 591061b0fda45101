package org.octoseq.api.internal.registry;

import java.util.Map;

/** A provider service object with the service properties it was registered with. */
record Provided(Object service, Map<String, Object> props) {

    String string(String key, String fallback) {
        Object v = props.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString();
    }

    int ranking() {
        return props.get("service.ranking") instanceof Integer i ? i : 0;
    }

    long serviceId() {
        return props.get("service.id") instanceof Long l ? l : Long.MAX_VALUE;
    }
}
