package org.octoseq.processing.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;

/** A show folder opened, analysed and with its script loaded: what {@code render} and {@code run} start from. */
final class LoadedShow implements AutoCloseable {

    static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(10);

    private final OpenProject project;
    private final ScriptSession session;

    private LoadedShow(OpenProject project, ScriptSession session) {
        this.project = project;
        this.session = session;
    }

    /**
     * Opens {@code folder}, waits for the analysis of its audio (telling the user on {@code progress}) and
     * loads its script. A script that fails to load still gives a session (with the errors as diagnostics).
     *
     * @throws IOException      when the project cannot be read
     * @throws CommandException when the analysis does not finish within {@link #ANALYSIS_TIMEOUT}
     */
    static LoadedShow open(ProjectLoader loader, ScriptHost host, Path folder, PrintStream progress)
            throws IOException, CommandException, InterruptedException {
        return open(loader, host, folder, progress, false);
    }

    /**
     * @param offline load the script for an offline render ({@link ScriptHost#loadOffline}): not watched, budgets
     *                that do not depend on the machine's load
     */
    static LoadedShow open(ProjectLoader loader, ScriptHost host, Path folder, PrintStream progress, boolean offline)
            throws IOException, CommandException, InterruptedException {
        OpenProject project = loader.open(folder.toAbsolutePath().normalize());
        try {
            ProjectDescriptor descriptor = project.descriptor();
            progress.println("analysing " + descriptor.mix().getFileName() + " ...");
            if (!project.awaitReady(ANALYSIS_TIMEOUT)) {
                throw CommandException.user("analysis of " + descriptor.mix() + " did not finish within "
                        + ANALYSIS_TIMEOUT.toMinutes() + " minutes");
            }
            project.diagnostics().forEach(d -> progress.println(d.toString()));
            return new LoadedShow(project, offline ? host.loadOffline(descriptor.script()) : host.load(descriptor.script()));
        } catch (CommandException | InterruptedException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    ProjectDescriptor descriptor() {
        return project.descriptor();
    }

    ScriptSession session() {
        return session;
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            project.close();
        }
    }
}
