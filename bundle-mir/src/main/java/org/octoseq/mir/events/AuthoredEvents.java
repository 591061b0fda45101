package org.octoseq.mir.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.mir.project.FileProblem;
import org.octoseq.mir.project.ProjectFileReader;
import org.octoseq.mir.project.Registrations;
import org.octoseq.mir.project.ShowPart;

/**
 * The authored event streams of a show, one {@link CustomEventProvider} each ({@code inputs.customEvents[id|name]}):
 * every entry of {@code project.json} {@code customEvents} (a file or inline events), then every {@code events/*.json}
 * file no entry names (id {@code ev-<file name>} unless the file gives one). Each apply re-reads the files and
 * republishes only the streams whose name or events changed. A file that becomes invalid is reported with its line and
 * the stream's last valid version stays in force; a stream whose entry or file is gone is withdrawn.
 */
public final class AuthoredEvents implements ShowPart {

    /** The folder of event files, relative to the show. */
    public static final String FOLDER = "events";

    /** One published stream: its name and the key of its events. */
    private record Published(String name, String key) { }

    /** A stream wanted now; {@code events == null} means "keep what is published" (its file is invalid). */
    private record Wanted(String name, EventStream events) { }

    private record Provider(EventStream events) implements CustomEventProvider { }

    private final Context context;
    private final ProjectFileReader reader = new ProjectFileReader();
    /** Guarded by this. */
    private final Registrations<Published> published = new Registrations<>();
    /** The id each event file had when it last read well, so an invalid file keeps its stream. Guarded by this. */
    private final Map<Path, String> idOfFile = new HashMap<>();
    /** Guarded by this. */
    private boolean closed;

    public AuthoredEvents(Context context) {
        this.context = context;
    }

    @Override
    public synchronized List<Runnable> apply(Show show) {
        if (closed) {
            return List.of();
        }
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        Set<Path> listed = new HashSet<>();
        for (EventStreamDefinition d : show.project().customEvents()) {
            if (d.file() == null) {
                want(wanted, d.id(), new Wanted(d.name() != null ? d.name() : d.id(), d.stream()), "customEvents");
                continue;
            }
            Path file = show.root().resolve(d.file()).toAbsolutePath().normalize();
            listed.add(file);
            EventFile f = read(file);
            want(wanted, d.id(), f == null ? new Wanted(null, null)
                    : new Wanted(d.name() != null ? d.name() : f.name() != null ? f.name() : d.id(),
                            EventStreamDefinition.stream(f.events())), "customEvents");
        }
        for (Path file : unlisted(show.root(), listed)) {
            EventFile f = read(file);
            if (f == null) {
                String id = idOfFile.get(file);
                if (id != null) {
                    want(wanted, id, new Wanted(null, null), file.toString());
                }
                continue;
            }
            String id = f.id() != null ? f.id() : "ev-" + baseName(file);
            if (f.name() == null) {
                context.diagnostics().accept(new Diagnostic(Diagnostic.Kind.PARSE_ERROR, Diagnostic.Phase.PROJECT,
                        "field 'name' is required in an event file that project.json customEvents does not list",
                        new Diagnostic.Location(file.toString(), 0, 0), 1));
                continue;
            }
            idOfFile.put(file, id);
            want(wanted, id, new Wanted(f.name(), EventStreamDefinition.stream(f.events())), file.toString());
        }
        reconcile(wanted);
        return List.of();
    }

    private void want(Map<String, Wanted> wanted, String id, Wanted w, String from) {
        if (wanted.containsKey(id)) {
            context.diagnostics().accept(Diagnostic.of(Diagnostic.Kind.WARNING, Diagnostic.Phase.PROJECT,
                    "event stream id '" + id + "' is used twice; the one from " + from + " is left out"));
            return;
        }
        wanted.put(id, w);
    }

    private void reconcile(Map<String, Wanted> wanted) {
        published.retain(wanted.keySet());
        wanted.forEach((id, w) -> {
            Published now = w.events() == null ? null : new Published(w.name(), w.events().key());
            if (now == null || now.equals(published.get(id))) {
                return;
            }
            published.put(id, now, context.publisher().publish(CustomEventProvider.class, new Provider(w.events()),
                    Map.of(CustomEventProvider.PROP_ID, id, CustomEventProvider.PROP_NAME, w.name())));
        });
    }

    /** The file's contents, or {@code null} (reported) when it cannot be read or is invalid. */
    private EventFile read(Path file) {
        try {
            return reader.read(file, EventFile.class, "the event file", null);
        } catch (IOException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.toString();
            if (e instanceof java.nio.file.NoSuchFileException || !Files.exists(file)) {
                message = file + ": not found";
            }
            context.diagnostics().accept(FileProblem.of(message)
                    .diagnostic("event file not applied, its last valid version stays in force: "));
            context.console().accept("octoseq: " + message + " (the last valid version of its events stays in force)");
            return null;
        }
    }

    private static List<Path> unlisted(Path root, Set<Path> listed) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(p -> !listed.contains(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".json".length());
    }

    @Override
    public synchronized void close() {
        closed = true;
        published.clear();
    }

    @Override
    public String toString() {
        return "authored events";
    }
}
