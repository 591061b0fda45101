package octoseq.processing;

import java.nio.file.Path;
import octoseq.processing.internal.EmbeddedRuntime;
import octoseq.processing.internal.SignalReader;
import octoseq.processing.internal.SketchFiles;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.time.Transport;
import org.octoseq.launcher.demo.DemoProject;
import org.octoseq.processing.live.Playheads;
import org.octoseq.processing.live.ShowTransport;
import org.octoseq.processing.render.ErrorBanner;
import processing.core.PApplet;

/**
 * Octoseq in a Processing sketch: the music analysis of a show folder (mixdown, stems, bands, custom signals)
 * as numbers that follow the playing music, and optionally the show's JavaScript script drawing on the sketch.
 *
 * <pre>
 * import octoseq.processing.*;
 * Octoseq octo;
 * void setup() {
 *   size(640, 360);
 *   octo = new Octoseq(this, Octoseq.demoShow(this));   // or new Octoseq(this, "myshow")
 * }
 * void draw() {
 *   background(0);
 *   float e = octo.value("inputs.mix.energy");
 *   circle(width / 2, height / 2, 40 + e * 600);
 * }
 * </pre>
 *
 * <p>The constructor starts the Octoseq runtime (Apache Felix with the bundles of {@code library/bundles/}),
 * opens the show, waits for the analysis of its audio (cached after the first time), and plays the mixdown
 * through the sound device — or, without one, runs a silent clock and says so. Every frame (in {@code pre()},
 * before the sketch's {@code draw()}) it reads the playhead once; every value asked for during the frame is for
 * that moment. Closing the sketch stops everything ({@code dispose()}).
 */
public class Octoseq {

    /** The library version. */
    public static final String VERSION = "0.1.0";

    private final PApplet app;
    private final EmbeddedRuntime runtime;
    private final OpenProject project;
    private final ShowTransport transport;
    private final SignalReader reader;
    private final Inputs inputs;
    private final Timing timing;
    private ScriptSession script;
    private boolean started;
    private boolean autoplay = true;
    private int lastBeat = Integer.MIN_VALUE;
    private boolean beat;
    private boolean onset;
    private double lastTime;
    private boolean disposed;
    private boolean drawRegistered;

    /**
     * Starts Octoseq for {@code show}: a show folder (with a {@code project.json}) given as an absolute path, or
     * relative to the sketch's {@code data/} folder or the sketch folder.
     *
     * @throws IllegalArgumentException when there is no such show folder
     * @throws IllegalStateException    when the runtime cannot start or the show cannot be opened (the message
     *                                  says why)
     */
    public Octoseq(PApplet app, String show) {
        this.app = app;
        Path folder = SketchFiles.showFolder(app, show);
        try {
            runtime = EmbeddedRuntime.start(System.out);
        } catch (Exception e) {
            throw new IllegalStateException("octoseq: cannot start the runtime: " + e.getMessage(), e);
        }
        try {
            project = runtime.open(folder);
            project.diagnostics().forEach(d -> note(d.toString()));
        } catch (Exception e) {
            runtime.close();
            throw new IllegalStateException("octoseq: cannot open " + folder + ": " + e.getMessage(), e);
        }
        double duration = runtime.registry().current().mix().map(SourceEntry::durationSec).orElse(0.0);
        transport = new ShowTransport(Playheads.open(project.descriptor().mix(), duration, this::note), 0, false);
        reader = new SignalReader(this::note);
        inputs = new Inputs(reader);
        timing = new Timing(reader);
        reader.beginFrame(new Transport(0, 0, 0), runtime.registry().current());
        app.registerMethod("pre", this);
        app.registerMethod("dispose", this);
        note("Octoseq " + VERSION + ": " + project.descriptor().name() + ", " + inputs.stems().length + " stems, "
                + transport.playhead().description());
    }

    /**
     * Generates the demo show (a 24-second synthetic track with drums, bass, pad and lead stems) into the
     * sketch's {@code data/octoseq-demo} folder the first time, and returns that folder.
     */
    public static String demoShow(PApplet app) {
        Path folder = Path.of(app.dataPath("octoseq-demo"));
        try {
            DemoProject.ensure(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("octoseq: cannot write the demo show to " + folder + ": " + e.getMessage(), e);
        }
        return folder.toString();
    }

    /** Called by Processing before each {@code draw()}: reads the playhead and the namespace for this frame. */
    public void pre() {
        if (disposed) {
            return;
        }
        if (!started) {
            started = true;
            if (autoplay) {
                transport.play();
            }
        }
        Transport now = transport.tick();
        reader.beginFrame(now, runtime.registry().current());
        int beatIndex = timing.beatIndex();
        beat = now.dt() > 0 && lastBeat != Integer.MIN_VALUE && beatIndex != lastBeat;
        lastBeat = beatIndex;
        onset = now.dt() > 0 && anyEventIn("onsetPeaks", lastTime, now.time());
        lastTime = now.time();
    }

    private boolean anyEventIn(String stream, double after, double upTo) {
        EventStream events = reader.namespace().mix().map(m -> m.events().get(stream)).orElse(null);
        if (events == null) {
            return false;
        }
        for (Event e : events.events()) {
            if (e.time() > after && e.time() <= upTo) {
                return true;
            }
        }
        return false;
    }

    /** Called by Processing after the sketch's {@code draw()} when a script runs: the script draws on top. */
    public void draw() {
        if (script == null || disposed) {
            return;
        }
        script.frame(reader.transport(), app.g); // its diagnostics go to the console as they come
        ErrorBanner.newestError(script.diagnostics()).ifPresent(error -> ErrorBanner.draw(app.g, error));
    }

    /** What the running script reported (errors, warnings, log lines), oldest first; empty without a script. */
    public String[] diagnostics() {
        return script == null ? new String[0] : script.diagnostics().stream().map(Diagnostic::toString)
                .toArray(String[]::new);
    }

    /** The inputs (mix, stems, custom signals) in this frame. */
    public Inputs inputs() {
        return inputs;
    }

    /** The timing (playhead and beat grid) in this frame. */
    public Timing timing() {
        return timing;
    }

    /**
     * The value of a signal in this frame by its script path, e.g. {@code "inputs.mix.energy"},
     * {@code "inputs.stems.Drums.energy"}, {@code "inputs.mix.bands.Low.energy"},
     * {@code "inputs.customSignals.Bass Energy"}, {@code "timing.beatPhase"}. A path that names nothing reads 0
     * and prints one warning listing what exists.
     */
    public float value(String path) {
        return (float) reader.value(path);
    }

    /** Whether a new beat of the beat grid started in this frame (never while paused). */
    public boolean isBeat() {
        return beat;
    }

    /** Whether the analysis found an onset (a note or hit starting) since the previous frame. */
    public boolean isOnset() {
        return onset;
    }

    /**
     * Runs a JavaScript show script in the sketch: its {@code update(dt, frame)} and {@code draw(g)} run every
     * frame after the sketch's own {@code draw()}, with {@code g} the sketch's graphics. The script reloads when
     * its file is saved (a version that fails to load leaves the running one in place and prints why).
     *
     * @param path the script file: absolute, or relative to the sketch's {@code data/} folder, the sketch folder,
     *             or the show folder
     */
    public void script(String path) {
        Path file = SketchFiles.script(app, path, project.descriptor().root());
        closeScript();
        script = runtime.scripts().load(file);
        if (!drawRegistered) {
            drawRegistered = true;
            app.registerMethod("draw", this);
        }
    }

    /** Loads the running script again now (it also reloads by itself when its file is saved). */
    public void reloadScript() {
        if (script != null) {
            script.requestReload();
        }
    }

    /** Starts or resumes the music (it starts by itself at the first frame unless {@link #autoplay} is off). */
    public void play() {
        started = true;
        transport.play();
    }

    public void pause() {
        transport.pause();
    }

    /** Pauses or plays; at the end of the track, plays from the start. */
    public void togglePause() {
        started = true;
        transport.togglePause();
    }

    public boolean isPlaying() {
        return transport.playing();
    }

    /** Moves the playhead to {@code seconds}. */
    public void seek(float seconds) {
        transport.seek(seconds);
    }

    /** Start again at the end of the track instead of stopping there. */
    public void loop(boolean loop) {
        transport.setLoop(loop);
    }

    /** Whether the music starts by itself at the first frame (default {@code true}); call in {@code setup()}. */
    public void autoplay(boolean autoplay) {
        this.autoplay = autoplay;
    }

    /** Called by Processing when the sketch closes: stops the music, the script and the runtime. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        closeScript();
        transport.close();
        project.close();
        runtime.close();
    }

    private void closeScript() {
        if (script != null) {
            script.close();
            script = null;
        }
    }

    private void note(String line) {
        System.out.println(line.startsWith("octoseq") ? line : "octoseq: " + line);
    }
}
