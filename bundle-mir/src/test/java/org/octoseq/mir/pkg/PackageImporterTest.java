package org.octoseq.mir.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.source.ComposedSignalProvider;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.mir.ShowFolder;
import org.octoseq.mir.derived.DerivedSignals;
import org.octoseq.mir.events.AuthoredEvents;
import org.octoseq.mir.grid.BeatGridOverride;
import org.octoseq.mir.precomputed.ComposedSignals;
import org.octoseq.mir.precomputed.PrecomputedAnalysis;
import org.octoseq.mir.project.BandSpec;
import org.octoseq.mir.project.ProjectFile;
import org.octoseq.mir.project.ProjectFileReader;

/** The folder an import writes: project.json, precomputed sources, signal and event files, scripts; and the errors. */
class PackageImporterTest {

    @TempDir
    Path dir;

    private static final String PACKAGE = """
            {"formatVersion": 1, "projectName": "Tiny", "durationSec": 1.0,
             "script": "let cube = mesh.cube();\\nfn update(dt, frame) { cube.scale = inputs.mix.energy; }",
             "signals": [{"name": "spectralCentroid", "rate": 4, "values": [100, 200, 300, 400]},
                         {"name": "flux", "rate": 4, "values": [0, 1, 0, 1]},
                         {"name": "spectralFlux", "rate": 4, "values": [0, 1, 0, 1]},
                         {"name": "amplitudeEnvelope", "rate": 2, "values": [0.25, 0.75]},
                         {"name": "energy", "rate": 2, "values": [9, 9]},
                         {"name": "beatPhase", "rate": 4, "values": [0, 0.5, 0, 0.5]},
                         {"name": "mood", "rate": 1, "values": [0.5]}],
             "bandSignals": [{"bandId": "band-kick", "label": "Kick", "feature": "energy", "rate": 2, "values": [1, 0]}],
             "stemSignals": [{"stemId": "stem-drums", "label": "Drums", "feature": "energy", "rate": 2, "values": [0.5, 0.5]}],
             "customSignals": [{"id": "c/1", "name": "Odd Id", "rate": 2, "values": [3, 4]}],
             "composedSignals": [{"name": "swell", "rate": 2, "values": [0, 1]}],
             "eventStreams": [{"name": "onsetPeaks", "events": [{"time": 0.5, "weight": 0.5, "beat_position": null}]}],
             "authoredEventStreams": [{"name": "drops", "events": [{"time": 0.25, "weight": 1, "beat_position": 0.5}]}],
             "bandEvents": [{"bandId": "band-kick", "events": [{"time": 0.1, "weight": 1}]}],
             "musicalTime": {"version": 1, "segments": [{"id": "s", "bpm": 90, "phaseOffset": 0.1, "startTime": 0, "endTime": 1}]},
             "frequencyBands": {"version": 2, "bands": [{"id": "band-kick", "label": "Kick", "sourceId": "stem-drums",
                 "frequencyShape": [{"startTime": 0, "endTime": 1, "lowHzStart": 30, "highHzStart": 120, "lowHzEnd": 40, "highHzEnd": 100}]}]},
             "availableStems": [["stem-drums", "Drums"], ["stem-keys", "Keys"]],
             "somethingNew": true}
            """;

    private PackageImporter.Report importIt() throws IOException {
        Path pkg = Files.writeString(dir.resolve("package.json"), PACKAGE);
        return new PackageImporter().importPackage(pkg, dir.resolve("show"), false);
    }

    @Test
    void theShowFolderListsEverythingAndTheSourcesArePrecomputedAnalyses() throws IOException {
        PackageImporter.Report report = importIt();
        Path show = dir.resolve("show");
        ProjectFileReader.Result read = new ProjectFileReader().read(report.projectFile());
        assertEquals(List.of(), read.warnings());
        ProjectFile p = read.project();
        assertEquals("Tiny", p.name());
        assertEquals("signals/mix.json", p.mix());
        assertEquals(List.of("stem-drums", "stem-keys"), p.stems().stream().map(ProjectFile.Stem::id).toList());
        ProjectFile.Band kick = p.bands().get(0);
        assertEquals("stem-drums", kick.source());
        assertEquals(30, kick.lowHz(), 1e-9);
        assertEquals(120, kick.highHz(), 1e-9);
        assertEquals("scripts/main.js", p.script());
        assertTrue(Files.readString(show.resolve("scripts/main.rhai")).contains("fn update"));
        String js = Files.readString(show.resolve("scripts/main.js"));
        assertTrue(js.contains("NEEDS PORTING") && js.contains("//   fn update(dt, frame)"), js);
        assertTrue(js.contains("function update(dt, frame)"), js);

        PrecomputedAnalysis mix = PrecomputedAnalysis.read(show.resolve(p.mix()));
        assertEquals(List.of("centroid", "flux", "energy", "mood"), List.copyOf(mix.analysis().signals().keySet()));
        assertEquals(0.75f, mix.analysis().signals().get("energy").valueAt(1), "amplitudeEnvelope is the energy");
        assertEquals(1, mix.analysis().events().get("onsetPeaks").size());
        assertEquals(1.0, mix.analysis().durationSec(), 1e-12);
        PrecomputedAnalysis drums = PrecomputedAnalysis.read(show.resolve(p.stems().get(0).file()));
        var band = drums.band(new BandSpec("band-kick", "Kick", "stem-drums",
                new org.octoseq.mir.analysis.BandRange(30, 120))).orElseThrow();
        assertEquals(1f, band.signals().get("energy").valueAt(0));
        assertEquals(0.1, band.events().get("onsetPeaks").events().get(0).time(), 1e-12);
        assertTrue(report.lines().stream().anyMatch(l -> l.contains("spectralFlux dropped: 'flux' was pushed as well")),
                report.lines().toString());
        assertTrue(report.lines().stream().anyMatch(l -> l.contains("dropped beatPhase")), report.lines().toString());
    }

    @Test
    void theShowsPartsServeTheImportedSignalsEventsAndGrid() throws IOException {
        importIt();
        ShowFolder show = new ShowFolder(dir.resolve("show"));
        for (var part : List.of(new AuthoredEvents(show.context()), new BeatGridOverride(show.context()),
                new ComposedSignals(show.context()), new DerivedSignals(show.context()))) {
            show.apply(part);
        }
        assertEquals(List.of(), show.errors());
        assertEquals("Odd Id", show.published.live(CustomSignalProvider.class).get(0).property(CustomSignalProvider.PROP_NAME));
        assertTrue(Files.exists(dir.resolve("show/signals/custom/c-1.json")), "unsafe characters replaced in file names");
        assertEquals("swell", show.published.live(ComposedSignalProvider.class).get(0).property(ComposedSignalProvider.PROP_NAME));
        CustomEventProvider drops = show.published.find(CustomEventProvider.class, CustomEventProvider.PROP_ID, "drops");
        assertEquals(0.25, drops.events().events().get(0).time(), 1e-12);
        BeatGridProvider grid = (BeatGridProvider) show.published.live(BeatGridProvider.class).get(0).service();
        assertEquals(90, grid.beatGrid().bpm(0.5), 1e-12);
        assertEquals(0.1, grid.beatGrid().segments().get(0).phaseOffsetSec(), 1e-12);
    }

    @Test
    void anExistingShowIsNotOverwrittenWithoutForce() throws IOException {
        importIt();
        Path pkg = dir.resolve("package.json");
        IOException e = assertThrows(IOException.class, () -> new PackageImporter().importPackage(pkg, dir.resolve("show"), false));
        assertTrue(e.getMessage().contains("exists already; pass --force"), e.getMessage());
        new PackageImporter().importPackage(pkg, dir.resolve("show"), true);
    }

    @Test
    void badPackagesNameTheFieldAndLineAndTheCommandExitsWithOneLine() throws IOException {
        Path v2 = Files.writeString(dir.resolve("v2.json"), "{\n \"formatVersion\": 2}");
        String m = assertThrows(IOException.class, () -> new PackageImporter().importPackage(v2, dir.resolve("x"), false))
                .getMessage();
        assertTrue(m.contains("v2.json:2:") && m.contains("field 'formatVersion' is 2; only interpretation packages of format version 1"), m);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1,\n \"signals\": [{\"name\": \"x\", \"rate\": -1, \"values\": []}]}");
        String b = assertThrows(IOException.class, () -> new PackageImporter().importPackage(bad, dir.resolve("x"), false))
                .getMessage();
        assertTrue(b.contains("bad.json:2:") && b.contains("field 'signals[0].rate' is required and must be a number"), b);

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = new ImportCommand().run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), v2.toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, new ImportCommand().run(new PrintStream(out), new PrintStream(err), v2.toString()));
        assertTrue(!Files.exists(dir.resolve("x/project.json")));
    }
}
