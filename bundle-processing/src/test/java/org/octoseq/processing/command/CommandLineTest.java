package org.octoseq.processing.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Set<String> OPTIONS = Set.of("out", "fps", "size", "from");

    @Test
    void readsPositionalsAndOptionsInBothSpellings() throws CommandException {
        CommandLine line = parse("show", "--out", "frames", "--fps=24", "--size", "640x360", "--from", "-0");

        assertEquals("show", line.single("PROJECT"));
        assertEquals("frames", line.required("out"));
        assertEquals(24.0, line.number("fps", 1, 1000).getAsDouble());
        assertEquals(Optional.of(new Size(640, 360)), line.size("size"));
        assertEquals(Optional.empty(), line.value("missing-is-fine"));
    }

    @Test
    void unknownOptionIsAnError() {
        assertEquals("unknown option --fsp", message("show", "--fsp", "3"));
        assertEquals("unknown option -x", message("show", "-x"));
    }

    @Test
    void optionWithoutValueIsAnError() {
        assertEquals("option --out needs a value", message("show", "--out"));
        assertEquals("option --out needs a value", message("show", "--out", "--fps", "3"));
    }

    @Test
    void badNumbersAndSizesAreErrors() {
        assertEquals("option --fps needs a number, got 'fast'",
                assertThrows(CommandException.class, () -> parse("--fps", "fast").number("fps", 1, 1000)).getMessage());
        assertEquals("option --fps must be between 1 and 1000, got 0",
                assertThrows(CommandException.class, () -> parse("--fps", "0").number("fps", 1, 1000)).getMessage());
        assertTrue(assertThrows(CommandException.class, () -> parse("--size", "640x").size("size"))
                .getMessage().startsWith("option --size must look like 1280x720"));
        assertTrue(assertThrows(CommandException.class, () -> parse("--size", "0x10").size("size"))
                .getMessage().startsWith("option --size must be between"));
    }

    @Test
    void missingOrExtraPositionalsAreErrors() throws CommandException {
        CommandException missing = assertThrows(CommandException.class, () -> parse("--out", "x").single("PROJECT"));
        assertEquals("missing PROJECT", missing.getMessage());
        assertEquals(CommandException.USER_ERROR, missing.exitCode());
        assertEquals("unexpected argument 'b'",
                assertThrows(CommandException.class, () -> parse("a", "b").single("PROJECT")).getMessage());
        assertEquals("missing option --out",
                assertThrows(CommandException.class, () -> parse("a").required("out")).getMessage());
    }

    @Test
    void flagsTakeNoValue() throws CommandException {
        CommandLine line = CommandLine.parse(new String[] {"show", "--loop", "--fps", "30"}, OPTIONS, Set.of("loop", "fullscreen"));

        assertTrue(line.flag("loop"));
        assertEquals(false, line.flag("fullscreen"));
        assertEquals(30.0, line.number("fps", 1, 100).getAsDouble());
        assertEquals("option --loop takes no value", assertThrows(CommandException.class,
                () -> CommandLine.parse(new String[] {"--loop=1"}, OPTIONS, Set.of("loop"))).getMessage());
    }

    @Test
    void repeatedOptionIsAnError() {
        assertEquals("option --fps given twice", message("--fps", "1", "--fps", "2"));
    }

    private static CommandLine parse(String... args) throws CommandException {
        return CommandLine.parse(args, OPTIONS);
    }

    private static String message(String... args) {
        return assertThrows(CommandException.class, () -> parse(args)).getMessage();
    }
}
