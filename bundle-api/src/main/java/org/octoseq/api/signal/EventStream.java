package org.octoseq.api.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An immutable list of events ordered by time. */
public final class EventStream {

    private static final EventStream EMPTY = new EventStream(List.of());

    private final List<Event> events;

    private EventStream(List<Event> events) {
        this.events = events;
    }

    /** A stream of the given events, sorted by time (stable for equal times). */
    public static EventStream of(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(Event::time));
        return sorted.isEmpty() ? EMPTY : new EventStream(List.copyOf(sorted));
    }

    public static EventStream empty() {
        return EMPTY;
    }

    public List<Event> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public Event get(int i) {
        return events.get(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventStream s && s.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "EventStream[" + events.size() + " events]";
    }
}
