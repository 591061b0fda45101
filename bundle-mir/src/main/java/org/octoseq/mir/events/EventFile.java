package org.octoseq.mir.events;

import java.util.List;
import org.octoseq.mir.project.FieldException;

/**
 * An event file of the show ({@code events/<name>.json}): {@code {"id"?, "name", "events": [{"time", "weight"?}]}}.
 *
 * @param id     the script key; absent: {@code ev-<file name without .json>}, or the id {@code project.json} gives
 * @param name   the display name, also a key; required unless {@code project.json} names the stream
 * @param events the events, in any order (required, may be empty)
 */
public record EventFile(String id, String name, List<AuthoredEvent> events) {

    public EventFile {
        if (id != null) {
            FieldException.requireText("id", id);
        }
        if (name != null) {
            FieldException.requireText("name", name);
        }
        events = EventStreamDefinition.checkedEvents(events, true);
    }
}
