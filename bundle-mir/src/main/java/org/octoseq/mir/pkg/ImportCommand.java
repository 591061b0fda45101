package org.octoseq.mir.pkg;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * {@code octoseq import PACKAGE.json --out DIR [--force]}: turns an Octoseq interpretation package into a show folder
 * ({@link PackageImporter}) and prints what it imported. Exit codes: 0 done, 1 the package is invalid or the folder
 * cannot be written (one line on stderr naming the file, line and field), 2 bad arguments. The command's function is
 * {@code import}, a Java keyword, so the method is {@code _import} (as Gogo calls it).
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=import"})
public final class ImportCommand {

    static final String USAGE = "usage: octoseq import PACKAGE.json --out DIR [--force]";
    private static final String PREFIX = "octoseq import: ";

    public int _import(String... args) {
        return run(System.out, System.err, args);
    }

    int run(PrintStream out, PrintStream err, String... args) {
        Path pkg = null;
        Path dir = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> {
                    if (++i >= args.length) {
                        err.println(PREFIX + "--out needs a folder; " + USAGE);
                        return 2;
                    }
                    dir = Path.of(args[i]);
                }
                case "--force" -> force = true;
                default -> {
                    if (args[i].startsWith("--") || pkg != null) {
                        err.println(PREFIX + args[i] + ": " + (pkg != null ? "only one package at a time" : "unknown option")
                                + "; " + USAGE);
                        return 2;
                    }
                    pkg = Path.of(args[i]);
                }
            }
        }
        if (pkg == null || dir == null) {
            err.println(PREFIX + (pkg == null ? "no package given" : "--out DIR is required") + "; " + USAGE);
            return 2;
        }
        try {
            PackageImporter.Report r = new PackageImporter().importPackage(pkg.toAbsolutePath(), dir.toAbsolutePath(), force);
            out.println("imported " + pkg + " into " + r.projectFile().getParent() + ":");
            r.lines().forEach(l -> out.println("  " + l));
            out.println("run it with: ./octoseq run " + dir);
            return 0;
        } catch (IOException e) {
            err.println(PREFIX + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }
}
