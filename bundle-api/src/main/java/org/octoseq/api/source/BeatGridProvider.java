package org.octoseq.api.source;

import org.octoseq.api.time.BeatGrid;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A beat grid that overrides the one detected in the mix. The provider with the highest
 * {@code service.ranking} wins; a user-authored grid registers with a positive ranking.
 */
@ConsumerType
public interface BeatGridProvider {

    /**
     * Service property: where the grid comes from in the user's words (e.g. {@code project.json beatGrid}); shown
     * when the grid becomes the active one. Optional.
     */
    String PROP_SOURCE = "octoseq.grid.source";

    BeatGrid beatGrid();
}
