package org.octoseq.mir;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.octoseq.mir.project.ServicePublisher;

/** A {@link ServicePublisher} that keeps what is published (and not withdrawn) in a list, like a service registry. */
public final class RecordingPublisher implements ServicePublisher {

    /** One live registration. */
    public record Registration(Class<?> type, Object service, Map<String, Object> properties) {
        public Object property(String key) {
            return properties.get(key);
        }
    }

    private final List<Registration> live = new CopyOnWriteArrayList<>();
    private final List<Registration> all = new CopyOnWriteArrayList<>();

    @Override
    public <T> Runnable publish(Class<T> type, T service, Map<String, Object> properties) {
        Registration r = new Registration(type, service, Map.copyOf(properties));
        live.add(r);
        all.add(r);
        return () -> live.remove(r);
    }

    /** The live registrations of {@code type}, oldest first. */
    public <T> List<Registration> live(Class<T> type) {
        return live.stream().filter(r -> r.type() == type).toList();
    }

    /** The live service of {@code type} whose property {@code key} is {@code value}, or {@code null}. */
    public <T> T find(Class<T> type, String key, Object value) {
        return live(type).stream().filter(r -> value.equals(r.property(key))).map(r -> type.cast(r.service()))
                .findFirst().orElse(null);
    }

    /** How many times anything of {@code type} was published. */
    public int publications(Class<?> type) {
        return (int) all.stream().filter(r -> r.type() == type).count();
    }
}
