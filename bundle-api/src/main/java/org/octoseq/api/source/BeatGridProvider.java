package org.octoseq.api.source;

import org.octoseq.api.time.BeatGrid;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A beat grid that overrides the one detected in the mix. The provider with the highest
 * {@code service.ranking} wins; a user-authored grid registers with a positive ranking.
 */
@ConsumerType
public interface BeatGridProvider {

    BeatGrid beatGrid();
}
