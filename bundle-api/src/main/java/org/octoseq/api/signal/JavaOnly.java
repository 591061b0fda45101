package org.octoseq.api.signal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a script-facing type (Signal, EventStream, Event, the builders, {@code gen}) as
 * Java API only: the script host does not show it to scripts. Every other public instance method is a script
 * method under its own name, and every bean getter {@code getX()} a read-only script property {@code x}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JavaOnly {
}
