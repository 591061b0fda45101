package org.octoseq.script.api;

/**
 * A property of an {@link ApiType}: a namespace member, a value's field, or an option key.
 *
 * @param name        the key scripts write
 * @param type        a TypeScript type expression ({@code Signal}, {@code number}, {@code "sum" | "max"})
 * @param description one line for the user
 * @param unit        unit of the value ({@code seconds}, {@code beats}, {@code Hz}), or {@code null}
 * @param range       usual range ({@code 0..1}), or {@code null}
 * @param defaultValue for option keys: the value used when the key is absent, or {@code null}
 * @param fromData    whether the member exists only when the analysis provides its data
 * @param whenEmpty   what the member gives when there is no data, or {@code null}
 * @param javaOnly    reachable from scripts but meant for Java embedding (hidden from completion and typings)
 */
public record ApiMember(String name, String type, String description, String unit, String range,
                        @com.fasterxml.jackson.annotation.JsonProperty("default") Object defaultValue,
                        boolean fromData, String whenEmpty, boolean javaOnly) {
}
