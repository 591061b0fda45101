package org.octoseq.api.show;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Opens show folders (provided by the MIR bundle). */
@ProviderType
public interface ProjectLoader {

    /**
     * Reads {@code <folder>/project.json}, starts analysing its audio on a worker pool and returns at once.
     *
     * @throws IOException when the folder or its {@code project.json} cannot be read or is invalid; the message
     *                     names the file and the field
     */
    OpenProject open(Path folder) throws IOException;
}
