package org.octoseq.script.engine;

/** Which engine runs a script file, by its name (see {@link EngineCatalog#choose}). */
public sealed interface EngineChoice {

    /** The built-in standalone Nashorn, with the time-budget guards and the sandbox. */
    record Nashorn() implements EngineChoice {
    }

    /** An engine another bundle provides. */
    record Foreign(ForeignEngine engine) implements EngineChoice {
    }

    /** No engine runs files of this name; {@code reason} says which endings the engines do run. */
    record None(String reason) implements EngineChoice {
    }
}
