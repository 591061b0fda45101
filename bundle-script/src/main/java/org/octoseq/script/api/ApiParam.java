package org.octoseq.script.api;

/**
 * A parameter of an {@link ApiMethod}.
 *
 * @param name         the parameter's name in docs and typings
 * @param type         a TypeScript type expression ({@code number | Signal})
 * @param description  one line for the user
 * @param optional     whether it may be left out
 * @param defaultValue the value used when it is left out, or {@code null}
 * @param unit         {@code beats}, {@code seconds}, {@code Hz}…, or {@code null}
 * @param range        usual range, or {@code null}
 */
public record ApiParam(String name, String type, String description, boolean optional,
                       @com.fasterxml.jackson.annotation.JsonProperty("default") Object defaultValue,
                       String unit, String range) {
}
