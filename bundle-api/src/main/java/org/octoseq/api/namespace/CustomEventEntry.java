package org.octoseq.api.namespace;

import org.octoseq.api.signal.EventStream;

/** An authored or provided event stream: {@code inputs.customEvents[id|name]}. */
public record CustomEventEntry(String id, String name, EventStream events) {
}
