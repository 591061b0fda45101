package org.octoseq.mir.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.signal.Event;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.mir.ShowFolder;

/** Event files and project.json customEvents become CustomEventProviders; edits republish only what changed. */
class AuthoredEventsTest {

    @TempDir
    Path dir;

    private ShowFolder show;
    private AuthoredEvents part;

    private void setUp(String project) throws IOException {
        show = new ShowFolder(dir);
        show.write("project.json", project);
        part = new AuthoredEvents(show.context());
    }

    private CustomEventProvider stream(String id) {
        return show.published.find(CustomEventProvider.class, CustomEventProvider.PROP_ID, id);
    }

    private static List<Double> times(CustomEventProvider p) {
        return p.events().events().stream().map(Event::time).toList();
    }

    @Test
    void projectEntriesAndUnlistedFilesBecomeStreamsKeyedByIdAndName() throws IOException {
        setUp("""
                {"mix": "mix.wav",
                 "customEvents": [{"id": "ev-hits", "name": "Hits", "file": "events/hits.json"},
                                  {"id": "ev-inline", "events": [{"time": 2.5}, {"time": 0.5, "weight": 0.25}]}]}
                """);
        show.write("events/hits.json", "{\"name\": \"Ignored, project.json names it\", \"events\": [{\"time\": 1.0, \"weight\": 0.8}]}");
        show.write("events/drops.json", "{\"name\": \"Drops\", \"events\": [{\"time\": 30, \"cluster_id\": 2}]}");
        show.write("events/marks.json", "{\"id\": \"my-marks\", \"name\": \"Marks\", \"events\": []}");
        show.apply(part);

        assertEquals(List.of(), show.errors());
        assertEquals(4, show.published.live(CustomEventProvider.class).size());
        CustomEventProvider hits = stream("ev-hits");
        assertEquals(List.of(1.0), times(hits));
        assertEquals(0.8, hits.events().events().get(0).weight(), 1e-12);
        assertEquals("Hits", show.published.live(CustomEventProvider.class).stream()
                .filter(r -> r.service() == hits).findFirst().orElseThrow().property(CustomEventProvider.PROP_NAME));
        assertEquals(List.of(0.5, 2.5), times(stream("ev-inline"))); // sorted by time
        assertEquals(1.0, stream("ev-inline").events().events().get(1).weight(), 1e-12); // weight defaults to 1
        assertEquals(2, stream("ev-drops").events().events().get(0).clusterId());
        assertTrue(stream("my-marks").events().isEmpty());
    }

    @Test
    void anEditRepublishesOnlyThatStreamAndARemovedFileWithdrawsIt() throws IOException {
        setUp("{\"mix\": \"mix.wav\"}");
        show.write("events/a.json", "{\"name\": \"A\", \"events\": [{\"time\": 1}]}");
        show.write("events/b.json", "{\"name\": \"B\", \"events\": [{\"time\": 2}]}");
        show.apply(part);
        CustomEventProvider a = stream("ev-a");
        assertEquals(2, show.published.publications(CustomEventProvider.class));

        show.write("events/b.json", "{\"name\": \"B\", \"events\": [{\"time\": 2}, {\"time\": 3}]}");
        show.apply(part);
        assertEquals(3, show.published.publications(CustomEventProvider.class));
        assertTrue(a == stream("ev-a"), "an unchanged stream is not republished");
        assertEquals(List.of(2.0, 3.0), times(stream("ev-b")));

        Files.delete(dir.resolve("events/b.json"));
        show.apply(part);
        assertNull(stream("ev-b"));
        assertNotNull(stream("ev-a"));
    }

    @Test
    void anInvalidFileIsReportedWithItsLineAndTheLastValidVersionStays() throws IOException {
        setUp("{\"mix\": \"mix.wav\"}");
        show.write("events/a.json", "{\"name\": \"A\", \"events\": [{\"time\": 1}]}");
        show.apply(part);

        show.write("events/a.json", "{\"name\": \"A\",", " \"events\": [{\"time\": 1},", "   {\"weight\": 2}]}");
        show.apply(part);
        assertEquals(List.of(1.0), times(stream("ev-a")), "the last valid version stays");
        Diagnostic d = show.errors().get(0);
        assertEquals(Diagnostic.Kind.PARSE_ERROR, d.kind());
        assertEquals(3, d.location().line(), d.toString());
        assertTrue(d.message().contains("field 'events[1].time' is required"), d.message());
        assertTrue(show.console.get(0).contains("a.json:3:"), show.console.toString());

        show.write("events/a.json", "{\"name\": \"A\", \"events\": [{\"time\": 1}, {\"time\": 4}]}");
        show.apply(part);
        assertEquals(List.of(1.0, 4.0), times(stream("ev-a")));
    }

    @Test
    void aMissingListedFileAndAFileWithoutANameAreReported() throws IOException {
        setUp("{\"mix\": \"mix.wav\", \"customEvents\": [{\"id\": \"ev-x\", \"file\": \"events/none.json\"}]}");
        show.write("events/nameless.json", "{\"events\": [{\"time\": 1}]}");
        show.apply(part);
        assertTrue(show.published.live(CustomEventProvider.class).isEmpty());
        assertTrue(show.errors().stream().anyMatch(d -> d.message().contains("not found")), show.errors().toString());
        assertTrue(show.errors().stream().anyMatch(d -> d.message().contains("field 'name' is required")),
                show.errors().toString());
    }

    @Test
    void removingTheEntryFromProjectJsonWithdrawsTheStreamAndCloseWithdrawsEverything() throws IOException {
        setUp("{\"mix\": \"mix.wav\", \"customEvents\": [{\"id\": \"ev-x\", \"events\": [{\"time\": 1}]}]}");
        show.write("events/a.json", "{\"name\": \"A\", \"events\": []}");
        show.apply(part);
        assertNotNull(stream("ev-x"));
        show.write("project.json", "{\"mix\": \"mix.wav\"}");
        show.apply(part);
        assertNull(stream("ev-x"));
        part.close();
        assertTrue(show.published.live(CustomEventProvider.class).isEmpty());
    }
}
