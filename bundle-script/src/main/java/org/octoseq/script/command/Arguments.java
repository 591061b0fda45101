package org.octoseq.script.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of a script command: positionals and {@code --name value} options, mistakes as {@link UsageError}. */
final class Arguments {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(String[] args, Set<String> known) throws UsageError {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (!known.contains(name)) {
                    throw new UsageError("unknown option " + a);
                }
                if (i + 1 >= args.length) {
                    throw new UsageError("option " + a + " needs a value");
                }
                options.put(name, args[++i]);
            } else {
                positionals.add(a);
            }
        }
    }

    String positional(int index, String name) throws UsageError {
        if (index >= positionals.size()) {
            throw new UsageError("missing " + name);
        }
        return positionals.get(index);
    }

    Optional<String> positionalIfAny(int index) {
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }

    void noMorePositionalsThan(int count) throws UsageError {
        if (positionals.size() > count) {
            throw new UsageError("unexpected argument '" + positionals.get(count) + "'");
        }
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A number option in {@code (0, max]}. */
    Optional<Double> positiveNumber(String name, double max) throws UsageError {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(text.get());
            if (v > 0 && v <= max) {
                return Optional.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--" + name + " needs a number above 0 and at most " + (long) max + ", got '" + text.get() + "'");
    }

    /** A mistake in how the command was called: exit code 1, one line. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
