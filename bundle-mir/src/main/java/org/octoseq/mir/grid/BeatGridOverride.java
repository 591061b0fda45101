package org.octoseq.mir.grid;

import java.util.List;
import java.util.Map;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.project.ShowPart;

/**
 * {@code project.json} {@code beatGrid} as a {@link BeatGridProvider} with {@value #RANKING} {@code service.ranking},
 * which outranks the grid detected in the mix. Republished when the stated grid changes, withdrawn when the field
 * goes (the detected grid applies again).
 */
public final class BeatGridOverride implements ShowPart {

    /** The override's {@code service.ranking}: above detection (which has none) and above unranked providers. */
    public static final int RANKING = 100;
    /** The {@link BeatGridProvider#PROP_SOURCE} of the override. */
    public static final String SOURCE = "project.json beatGrid";

    private record Provider(BeatGrid beatGrid) implements BeatGridProvider { }

    private final Context context;
    /** Guarded by this. */
    private List<TempoSegment> segments;
    /** Guarded by this. */
    private Runnable withdraw;
    /** Guarded by this. */
    private boolean closed;

    public BeatGridOverride(Context context) {
        this.context = context;
    }

    @Override
    public synchronized List<Runnable> apply(Show show) {
        BeatGridDefinition def = show.project().beatGrid();
        if (closed) {
            return List.of();
        }
        if (def == null) {
            withdraw();
            return List.of();
        }
        BeatGrid grid = def.grid();
        if (grid.segments().equals(segments)) {
            return List.of();
        }
        Runnable next = context.publisher().publish(BeatGridProvider.class, new Provider(grid),
                Map.of("service.ranking", RANKING, BeatGridProvider.PROP_SOURCE, SOURCE));
        withdraw();
        segments = grid.segments();
        withdraw = next;
        return List.of();
    }

    private void withdraw() {
        if (withdraw != null) {
            withdraw.run();
            withdraw = null;
            segments = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        withdraw();
    }

    @Override
    public String toString() {
        return "the beat-grid override";
    }
}
