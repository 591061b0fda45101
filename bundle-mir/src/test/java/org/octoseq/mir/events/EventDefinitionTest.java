package org.octoseq.mir.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.mir.ProjectJson;

/** project.json customEvents entries are checked field by field, with the line. */
class EventDefinitionTest {

    @TempDir
    Path dir;

    private String error(String project) throws IOException {
        return ProjectJson.error(dir, project);
    }

    @Test
    void anEntryNeedsAnIdAndEitherAFileOrEvents() throws IOException {
        String noId = error("{\"mix\": \"m.wav\",\n \"customEvents\": [{\"file\": \"events/a.json\"}]}");
        assertTrue(noId.contains(":2:") && noId.contains("field 'customEvents[0].id' is required"), noId);
        String neither = error("{\"mix\": \"m.wav\", \"customEvents\": [{\"id\": \"ev\"}]}");
        assertTrue(neither.contains("field 'customEvents[0].file' is required"), neither);
        String both = error("{\"mix\": \"m.wav\", \"customEvents\": [{\"id\": \"ev\", \"file\": \"a.json\", \"events\": []}]}");
        assertTrue(both.contains("field 'customEvents[0].events' cannot be given together with 'file'"), both);
    }

    @Test
    void inlineEventsAreChecked() throws IOException {
        String m = error("{\"mix\": \"m.wav\", \"customEvents\": [{\"id\": \"ev\", \"events\": [{\"time\": -1}]}]}");
        assertTrue(m.contains("field 'customEvents[0].events[0].time' is required and must be a number of seconds >= 0"), m);
        String w = error("{\"mix\": \"m.wav\", \"customEvents\": [{\"id\": \"ev\", \"events\": [{\"time\": 1, \"weight\": \"x\"}]}]}");
        assertTrue(w.contains("field 'customEvents[0].events[0].weight' must be a number"), w);
    }
}
