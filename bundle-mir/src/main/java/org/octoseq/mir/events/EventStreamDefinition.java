package org.octoseq.mir.events;

import java.util.List;
import org.octoseq.api.signal.EventStream;
import org.octoseq.mir.project.FieldException;

/**
 * An entry of {@code project.json} {@code customEvents}: a stream read from an event file, or listed inline.
 *
 * @param id     the script key (required)
 * @param name   the display name, also a key (the file's name, else the id, when absent)
 * @param file   an event file relative to the show folder; or
 * @param events the events themselves
 */
public record EventStreamDefinition(String id, String name, String file, List<AuthoredEvent> events) {

    public EventStreamDefinition {
        FieldException.requireText("id", id);
        if (name != null) {
            FieldException.requireText("name", name);
        }
        if (file == null && events == null) {
            throw new FieldException("file", "is required: name an event file, or list the events inline in 'events'");
        }
        if (file != null && events != null) {
            throw new FieldException("events", "cannot be given together with 'file'; use one of them");
        }
        if (file != null) {
            FieldException.requireText("file", file);
        }
        events = events == null ? null : checkedEvents(events, false);
    }

    /** The events as a stream. */
    EventStream stream() {
        return stream(events);
    }

    static EventStream stream(List<AuthoredEvent> events) {
        return EventStream.of(events.stream().map(AuthoredEvent::toEvent).toList());
    }

    static List<AuthoredEvent> checkedEvents(List<AuthoredEvent> events, boolean required) {
        if (events == null) {
            if (required) {
                throw new FieldException("events", "is required: a list of {\"time\": seconds, \"weight\": number}");
            }
            return null;
        }
        int i = events.indexOf(null);
        if (i >= 0) {
            throw new FieldException("events[" + i + "]", "must be an object {\"time\": seconds, \"weight\": number}, not null");
        }
        return List.copyOf(events);
    }
}
