package org.octoseq.script.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.script.api.ApiModel;
import org.octoseq.script.api.RuntimeBinding;
import org.octoseq.script.api.TypeScriptDeclarations;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq typings PROJECT --out octoseq.d.ts}: analyses the project, binds its namespace into a script
 * scope exactly as a show does (the project's own script is not run, so a broken script does not matter), and
 * writes TypeScript declarations in which the project's stems, bands, custom signals and custom events are
 * literal keys. Exit code 0 written, 1 bad arguments or unreadable project, 2 internal error.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=typings"})
public final class TypingsCommand {

    static final String USAGE = "usage: octoseq typings PROJECT --out FILE";

    private final ProjectLoader loader;
    private final NashornScriptHost host;

    @Activate
    public TypingsCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") NashornScriptHost host) {
        this.loader = loader;
        this.host = host;
    }

    public int typings(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandFailures.run("typings", err, () -> {
            Arguments a = new Arguments(args, Set.of("out"));
            Path project = Path.of(a.positional(0, "PROJECT (" + USAGE + ")"));
            a.noMorePositionalsThan(1);
            Path target = Path.of(a.option("out").orElseThrow(() -> new Arguments.UsageError("missing --out FILE ("
                    + USAGE + ")"))).toAbsolutePath().normalize();
            Path empty = Files.createTempFile("octoseq-typings-", ".js");
            try {
                Files.writeString(empty, "// binds the namespace for octoseq typings\n");
                try (HeadlessShow show = HeadlessShow.open(loader, host, project, empty,
                        new PrintStream(java.io.OutputStream.nullOutputStream()))) {
                    Map<String, RuntimeBinding> globals = show.namespaceBindings();
                    String text = new TypeScriptDeclarations(ApiModel.standard())
                            .forProject(globals, "the project '" + show.project.descriptor().name() + "'");
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                    out.println(target + ": declarations for " + show.project.descriptor().name() + " ("
                            + summary(globals) + "); put `// @ts-check` at the top of the script");
                }
            } finally {
                Files.deleteIfExists(empty);
            }
            return 0;
        });
    }

    /** {@code 2 stems, 1 band, 0 custom signals, 0 custom event streams}: items counted once (not per key). */
    private static String summary(Map<String, RuntimeBinding> globals) {
        RuntimeBinding inputs = globals.get("inputs");
        if (inputs == null) {
            return "no inputs";
        }
        RuntimeBinding stems = inputs.members().get("stems");
        int bands = count(inputs.members().get("mix") == null ? null : inputs.members().get("mix").members().get("bands"));
        if (stems != null) {
            for (Object stem : distinct(stems)) {
                RuntimeBinding s = stems.members().values().stream().filter(b -> b.value() == stem).findFirst().orElseThrow();
                bands += count(s.members().get("bands"));
            }
        }
        return count(stems) + " stems, " + bands + " bands, " + count(inputs.members().get("customSignals"))
                + " custom signals, " + count(inputs.members().get("customEvents")) + " custom event streams";
    }

    private static java.util.Set<Object> distinct(RuntimeBinding collection) {
        java.util.Set<Object> items = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collection.members().values().forEach(b -> items.add(b.value()));
        return items;
    }

    private static int count(RuntimeBinding collection) {
        return collection == null ? 0 : distinct(collection).size();
    }
}
