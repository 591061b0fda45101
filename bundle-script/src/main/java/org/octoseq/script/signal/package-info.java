/**
 * The Signal API ({@code org.octoseq.api.signal}) as scripts see it: host objects built from the Java types'
 * own public methods and getters, the {@code gen} / {@code signal} / {@code Signal} globals, and Signals that
 * refuse to become numbers.
 */
package org.octoseq.script.signal;
