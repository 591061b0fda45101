package org.octoseq.api.show;

import java.time.Duration;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A show folder that is open: its audio is being (or has been) analysed and its analyses are registered as
 * services. Closing it unregisters them.
 */
@ProviderType
public interface OpenProject extends AutoCloseable {

    ProjectDescriptor descriptor();

    /**
     * Waits until the first analysis of the mix and stems has finished and is visible in the namespace.
     *
     * @return {@code false} when the timeout passed first
     */
    boolean awaitReady(Duration timeout) throws InterruptedException;

    /** Problems found in the project (bad fields, undecodable audio), newest last. */
    List<Diagnostic> diagnostics();

    @Override
    void close();
}
