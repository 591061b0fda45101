package org.octoseq.processing.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The arguments of one command: positional arguments and {@code --name value} (or {@code --name=value})
 * options, plus {@code --help}. Every mistake is a {@link CommandException} with a sentence for the user.
 */
final class CommandLine {

    private final List<String> positionals;
    private final Map<String, String> options;
    private final Set<String> flags;
    private final boolean help;

    private CommandLine(List<String> positionals, Map<String, String> options, Set<String> flags, boolean help) {
        this.positionals = positionals;
        this.options = options;
        this.flags = flags;
        this.help = help;
    }

    /**
     * @param valueOptions the option names (without {@code --}) the command accepts, each taking one value
     */
    static CommandLine parse(String[] args, Set<String> valueOptions) throws CommandException {
        return parse(args, valueOptions, Set.of());
    }

    /**
     * @param valueOptions the option names (without {@code --}) the command accepts, each taking one value
     * @param flagOptions  the option names that take no value ({@code --fullscreen})
     */
    static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) throws CommandException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.HashSet<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--") && flagOptions.contains(arg.substring(2))) {
                if (!flags.add(arg.substring(2))) {
                    throw CommandException.user("option " + arg + " given twice");
                }
            } else if (arg.startsWith("--") && arg.length() > 2) {
                int eq = arg.indexOf('=');
                String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                if (flagOptions.contains(name)) {
                    throw CommandException.user("option --" + name + " takes no value");
                }
                if (!valueOptions.contains(name)) {
                    throw CommandException.user("unknown option --" + name);
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw CommandException.user("option --" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw CommandException.user("option --" + name + " given twice");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw CommandException.user("unknown option " + arg);
            } else {
                positionals.add(arg);
            }
        }
        return new CommandLine(List.copyOf(positionals), options, Set.copyOf(flags), help);
    }

    /** Whether the flag {@code --name} was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean helpRequested() {
        return help;
    }

    /**
     * The only positional argument, named {@code name} in messages (e.g. {@code PROJECT}).
     */
    String single(String name) throws CommandException {
        if (positionals.isEmpty()) {
            throw CommandException.user("missing " + name);
        }
        if (positionals.size() > 1) {
            throw CommandException.user("unexpected argument '" + positionals.get(1) + "'");
        }
        return positionals.get(0);
    }

    Optional<String> value(String option) throws CommandException {
        String value = options.get(option);
        if (value != null && value.isBlank()) {
            throw CommandException.user("option --" + option + " needs a value");
        }
        return Optional.ofNullable(value);
    }

    String required(String option) throws CommandException {
        return value(option).orElseThrow(() -> CommandException.user("missing option --" + option));
    }

    /** A number in {@code [min, max]}. */
    OptionalDouble number(String option, double min, double max) throws CommandException {
        Optional<String> text = value(option);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        double value;
        try {
            value = Double.parseDouble(text.get().trim());
        } catch (NumberFormatException e) {
            throw CommandException.user("option --" + option + " needs a number, got '" + text.get() + "'");
        }
        if (!(value >= min && value <= max)) {
            throw CommandException.user("option --" + option + " must be between " + format(min) + " and "
                    + format(max) + ", got " + text.get());
        }
        return OptionalDouble.of(value);
    }

    Optional<Size> size(String option) throws CommandException {
        Optional<String> text = value(option);
        return text.isEmpty() ? Optional.empty() : Optional.of(Size.parse(text.get()));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
