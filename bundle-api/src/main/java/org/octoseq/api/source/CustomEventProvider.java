package org.octoseq.api.source;

import org.octoseq.api.signal.EventStream;
import org.osgi.annotation.versioning.ConsumerType;

/** One named event stream: {@code inputs.customEvents[id|name]}. */
@ConsumerType
public interface CustomEventProvider {

    /** Service property: the stream's id; required. */
    String PROP_ID = "octoseq.events.id";
    /** Service property: the stream's display name; defaults to the id. */
    String PROP_NAME = "octoseq.events.name";

    EventStream events();
}
