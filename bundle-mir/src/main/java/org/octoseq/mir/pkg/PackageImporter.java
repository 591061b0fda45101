package org.octoseq.mir.pkg;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.octoseq.mir.events.AuthoredEvent;
import org.octoseq.mir.grid.BeatGridDefinition;
import org.octoseq.mir.grid.SegmentDefinition;
import org.octoseq.mir.io.AtomicFiles;
import org.octoseq.mir.pkg.InterpretationPackage.Band;
import org.octoseq.mir.pkg.InterpretationPackage.BandSignal;
import org.octoseq.mir.pkg.InterpretationPackage.Events;
import org.octoseq.mir.pkg.InterpretationPackage.Shape;
import org.octoseq.mir.precomputed.SignalData;
import org.octoseq.mir.project.FieldException;
import org.octoseq.mir.project.ProjectFileReader;

/**
 * Turns an {@link InterpretationPackage} into a show folder that runs like any other:
 *
 * <ul>
 * <li>the mix and each stem become a precomputed analysis ({@code signals/mix.json}, {@code signals/stems/<id>.json},
 * the {@code analyze --json} shape) with their signals under canonical names ({@link SignalNames}), their event streams
 * and their bands' signals and onset events; {@code project.json} names them as {@code mix} and {@code stems} and
 * lists the bands ({@code frequencyBands}: label, owner, frequency range);</li>
 * <li>custom and composed signals become signal files ({@code signals/custom/}, {@code signals/composed/}) listed in
 * {@code customSignals} and {@code composedSignals};</li>
 * <li>authored event streams become event files in {@code events/}, listed in {@code customEvents} (id = name);</li>
 * <li>the musical time becomes {@code beatGrid.segments};</li>
 * <li>the script (Rhai) is saved as {@code scripts/main.rhai} beside a JavaScript skeleton {@code scripts/main.js}
 * that notes what needs porting.</li>
 * </ul>
 *
 * Everything is written into the target folder, {@code project.json} last.
 */
public final class PackageImporter {

    /** What was written: the project file and one line per thing imported (renames and drops included). */
    public record Report(Path projectFile, List<String> lines) { }

    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * @param force whether an existing {@code project.json} in {@code out} may be replaced
     * @throws IOException when the package cannot be read or is invalid (one line naming file, line and field), or
     *                     the folder cannot be written
     */
    public Report importPackage(Path packageFile, Path out, boolean force) throws IOException {
        InterpretationPackage p = new ProjectFileReader().read(packageFile, InterpretationPackage.class,
                "the interpretation package", null);
        Path project = out.resolve("project.json");
        if (Files.exists(project) && !force) {
            throw new IOException(project + ": exists already; pass --force to replace the imported show");
        }
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        Map<String, Object> pj = new LinkedHashMap<>();
        pj.put("name", p.projectName() != null ? p.projectName() : baseName(packageFile));
        double duration = duration(p);

        Map<String, String> stemLabels = stems(p);
        Map<String, BandInfo> bands = bands(p, stemLabels.keySet());
        Names files = new Names();

        // the mix
        Map<String, SignalData> mixSignals = new LinkedHashMap<>();
        p.signals().forEach(s -> mixSignals.put(s.name(), s.data()));
        Map<String, List<AuthoredEvent>> mixEvents = new LinkedHashMap<>();
        p.eventStreams().forEach(e -> mixEvents.put(e.name(), e.events()));
        pj.put("mix", writeSource(out, "signals/mix.json", packageFile.getFileName().toString(), duration, mixSignals,
                mixEvents, bands, "mix", "mix", lines));

        // stems
        List<Map<String, Object>> stems = new ArrayList<>();
        for (Map.Entry<String, String> stem : stemLabels.entrySet()) {
            Map<String, SignalData> signals = new LinkedHashMap<>();
            p.stemSignals().stream().filter(s -> s.stemId().equals(stem.getKey()))
                    .forEach(s -> signals.put(s.feature(), s.data()));
            String file = writeSource(out, files.unique("signals/stems", stem.getKey()), null, duration,
                    signals, Map.of(), bands, stem.getKey(), "stem " + stem.getKey() + " (" + stem.getValue() + ")", lines);
            stems.add(ordered("id", stem.getKey(), "label", stem.getValue(), "file", file));
        }
        if (!stems.isEmpty()) {
            pj.put("stems", stems);
        }
        List<Map<String, Object>> bandList = new ArrayList<>();
        bands.values().stream().filter(b -> b.hasData).forEach(b -> bandList.add(ordered("id", b.id, "label", b.label,
                "source", b.source, "lowHz", b.lowHz, "highHz", b.highHz)));
        bands.values().stream().filter(b -> !b.hasData)
                .forEach(b -> lines.add("band " + b.id + " has no signals or events in the package: left out"));
        if (!bandList.isEmpty()) {
            pj.put("bands", bandList);
        }

        // custom and composed signals
        List<Map<String, Object>> custom = new ArrayList<>();
        for (InterpretationPackage.CustomSignal c : p.customSignals()) {
            String file = files.unique("signals/custom", c.id());
            write(out.resolve(file), signal(c.data()));
            custom.add(ordered("id", c.id(), "name", c.name() != null ? c.name() : c.id(), "file", file));
            lines.add("custom signal " + c.id() + (c.name() != null ? " (" + c.name() + ")" : "") + ": " + file);
        }
        if (!custom.isEmpty()) {
            pj.put("customSignals", custom);
        }
        List<Map<String, Object>> composed = new ArrayList<>();
        for (InterpretationPackage.Signal c : p.composedSignals()) {
            String file = files.unique("signals/composed", c.name());
            write(out.resolve(file), signal(c.data()));
            composed.add(ordered("name", c.name(), "file", file));
            lines.add("composed signal " + c.name() + ": " + file);
        }
        if (!composed.isEmpty()) {
            pj.put("composedSignals", composed);
        }

        // authored events
        List<Map<String, Object>> events = new ArrayList<>();
        for (Events e : p.authoredEventStreams()) {
            String id = e.id() != null ? e.id() : e.name();
            String file = files.unique("events", id);
            write(out.resolve(file), ordered("id", id, "name", e.name(), "events", events(e.events())));
            events.add(ordered("id", id, "name", e.name(), "file", file));
            lines.add("authored events " + e.name() + " (" + e.events().size() + "): " + file);
        }
        if (!events.isEmpty()) {
            pj.put("customEvents", events);
        }

        // musical time
        if (p.musicalTime() != null && !p.musicalTime().segments().isEmpty()) {
            List<SegmentDefinition> segments = p.musicalTime().segments().stream()
                    .sorted(Comparator.comparingDouble(InterpretationPackage.Segment::startTime))
                    .map(s -> new SegmentDefinition(s.startTime(), s.endTime(), s.bpm(),
                            s.phaseOffset() != null ? s.phaseOffset() : s.startTime()))
                    .toList();
            try {
                new BeatGridDefinition(segments, null, null);
            } catch (FieldException e) {
                throw new IOException(packageFile + ": musicalTime: field '" + e.field() + "' " + e.getMessage(), e);
            }
            pj.put("beatGrid", Map.of("segments", segments.stream().map(s -> ordered("startSec", s.startSec(),
                    "endSec", s.endSec(), "bpm", s.bpm(), "phaseOffsetSec", s.phaseOffsetSec())).toList()));
            lines.add("beat grid: " + segments.stream().map(s -> s.bpm() + " BPM from " + s.startSec() + " s")
                    .collect(Collectors.joining(", ")));
        }

        // the script
        Files.createDirectories(out.resolve("scripts"));
        if (p.script() != null) {
            Files.writeString(out.resolve("scripts/main.rhai"), p.script());
        }
        Files.writeString(out.resolve("scripts/main.js"), Skeleton.javaScript(p, pj));
        pj.put("script", "scripts/main.js");
        lines.add(p.script() != null
                ? "script: scripts/main.rhai (the package's Rhai script; it needs porting to JavaScript by hand) beside "
                + "scripts/main.js (a JavaScript skeleton that runs now)"
                : "script: scripts/main.js (a JavaScript skeleton; the package has no script)");
        write(project, pj);
        return new Report(project, lines);
    }

    /** One band as the show will list it. */
    private static final class BandInfo {
        final String id;
        String label;
        String source = "mix";
        double lowHz = 0;
        double highHz = 22050;
        boolean hasData;
        final Map<String, SignalData> signals = new LinkedHashMap<>();
        final List<AuthoredEvent> onsets = new ArrayList<>();

        BandInfo(String id) {
            this.id = id;
            this.label = id;
        }
    }

    private static double duration(InterpretationPackage p) {
        if (p.durationSec() != null && p.durationSec() > 0) {
            return p.durationSec();
        }
        double d = 0;
        for (InterpretationPackage.Signal s : p.signals()) {
            d = Math.max(d, s.data().durationSec());
        }
        return d;
    }

    /** Stem ids with their labels: the explicit list first, then any stem that only has signals. */
    private static Map<String, String> stems(InterpretationPackage p) {
        Map<String, String> out = new LinkedHashMap<>();
        p.availableStems().forEach(pair -> out.put(pair.get(0), pair.get(1) != null ? pair.get(1) : pair.get(0)));
        p.stemSignals().forEach(s -> out.putIfAbsent(s.stemId(), s.label() != null ? s.label() : s.stemId()));
        return out;
    }

    private static Map<String, BandInfo> bands(InterpretationPackage p, Set<String> stems) {
        Map<String, BandInfo> out = new LinkedHashMap<>();
        if (p.frequencyBands() != null) {
            List<Band> sorted = new ArrayList<>(p.frequencyBands().bands());
            sorted.sort(Comparator.comparing(b -> b.sortOrder() == null ? Integer.MAX_VALUE : b.sortOrder()));
            for (Band b : sorted) {
                BandInfo info = out.computeIfAbsent(b.id(), BandInfo::new);
                if (b.label() != null) {
                    info.label = b.label();
                }
                info.source = b.sourceId() != null && stems.contains(b.sourceId()) ? b.sourceId() : "mix";
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (Shape s : b.frequencyShape()) {
                    for (Double v : new Double[] {s.lowHzStart(), s.lowHzEnd()}) {
                        if (v != null) {
                            lo = Math.min(lo, v);
                        }
                    }
                    for (Double v : new Double[] {s.highHzStart(), s.highHzEnd()}) {
                        if (v != null) {
                            hi = Math.max(hi, v);
                        }
                    }
                }
                if (lo >= 0 && hi > lo && Double.isFinite(hi)) {
                    info.lowHz = lo;
                    info.highHz = hi;
                }
            }
        }
        for (BandSignal s : p.bandSignals()) {
            BandInfo info = out.computeIfAbsent(s.bandId(), BandInfo::new);
            if (info.label.equals(info.id) && s.label() != null) {
                info.label = s.label();
            }
            info.signals.put(s.feature(), s.data());
            info.hasData = true;
        }
        for (InterpretationPackage.BandEvents e : p.bandEvents()) {
            BandInfo info = out.computeIfAbsent(e.bandId(), BandInfo::new);
            info.onsets.addAll(e.events());
            info.hasData = true;
        }
        return out;
    }

    /** Writes one source's precomputed analysis; returns its path relative to the show. */
    private String writeSource(Path out, String file, String source, double duration, Map<String, SignalData> pushed,
            Map<String, List<AuthoredEvent>> events, Map<String, BandInfo> bands, String sourceId, String what,
            List<String> lines) throws IOException {
        SignalNames.Mapped<SignalData> mapped = SignalNames.map(pushed);
        Map<String, Object> doc = new LinkedHashMap<>();
        if (source != null) {
            doc.put("source", source);
        }
        doc.put("durationSec", duration);
        Map<String, Object> signals = new LinkedHashMap<>();
        mapped.signals().forEach((name, data) -> signals.put(name, signal(data)));
        doc.put("signals", signals);
        Map<String, Object> ev = new LinkedHashMap<>();
        events.forEach((name, list) -> ev.put(name, events(list)));
        doc.put("events", ev);
        List<Object> bandDocs = new ArrayList<>();
        List<String> bandNames = new ArrayList<>();
        for (BandInfo b : bands.values()) {
            if (!b.source.equals(sourceId) || !b.hasData) {
                continue;
            }
            bandDocs.add(bandDoc(b));
            bandNames.add(b.id + (b.label.equals(b.id) ? "" : " (" + b.label + ")"));
        }
        doc.put("bands", bandDocs);
        write(out.resolve(file), doc);
        lines.add(what + ": " + file + " (signals " + String.join(", ", mapped.signals().keySet())
                + (ev.isEmpty() ? "" : "; events " + events.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().size()).collect(Collectors.joining(", ")))
                + (bandNames.isEmpty() ? "" : "; bands " + String.join(", ", bandNames)) + ")");
        mapped.notes().forEach(n -> lines.add("  " + n));
        return file;
    }

    private static Map<String, Object> bandDoc(BandInfo b) {
        Map<String, Object> signals = new LinkedHashMap<>();
        SignalNames.map(b.signals).signals().forEach((name, data) -> signals.put(name, signal(data)));
        return ordered("id", b.id, "label", b.label, "lowHz", b.lowHz, "highHz", b.highHz, "signals", signals,
                "events", b.onsets.isEmpty() ? Map.of() : Map.of("onsetPeaks", events(b.onsets)));
    }

    private static Map<String, Object> signal(SignalData d) {
        return ordered("rate", d.rate(), "values", d.values());
    }

    private static List<Map<String, Object>> events(List<AuthoredEvent> events) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuthoredEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", e.time());
            m.put("weight", e.weight() != null ? e.weight() : 1.0);
            if (e.beat_position() != null) {
                m.put("beat_position", e.beat_position());
            }
            if (e.beat_phase() != null) {
                m.put("beat_phase", e.beat_phase());
            }
            if (e.cluster_id() != null) {
                m.put("cluster_id", e.cluster_id());
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    private void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            json.writer().with(file.getFileName().toString().equals("project.json") ? SerializationFeature.INDENT_OUTPUT
                    : SerializationFeature.WRAP_EXCEPTIONS).writeValue(tmp.toFile(), value);
            AtomicFiles.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** File names made from ids: unsafe characters replaced, clashes numbered. */
    private static final class Names {
        private final Set<String> used = new HashSet<>();

        /** A file name for {@code id} not yet used in {@code folder}. */
        String unique(String folder, String id) {
            String base = id.replaceAll("[^A-Za-z0-9._-]", "-");
            String name = base;
            for (int i = 2; !used.add(folder + "/" + name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "-" + i;
            }
            return folder + "/" + name + ".json";
        }
    }
}
