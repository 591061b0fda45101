package org.octoseq.script.engine;

import org.openjdk.nashorn.api.scripting.AbstractJSObject;

/**
 * Stands in for a Nashorn global that would let a script out of the sandbox ({@code load}, {@code Packages},
 * {@code exit}…): calling it, constructing it or reading any member throws {@link SandboxViolation} with a
 * sentence that says why and what to use instead.
 */
public final class BlockedGlobal extends AbstractJSObject {

    private final String name;
    private final String reason;

    BlockedGlobal(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    @Override
    public Object call(Object thiz, Object... args) {
        throw violation();
    }

    @Override
    public Object newObject(Object... args) {
        throw violation();
    }

    @Override
    public Object getMember(String member) {
        throw violation();
    }

    @Override
    public void setMember(String member, Object value) {
        throw violation();
    }

    @Override
    public boolean hasMember(String member) {
        return false;
    }

    @Override
    public boolean isFunction() {
        return true;
    }

    @Override
    public String getClassName() {
        return "Function";
    }

    @Override
    public String toString() {
        return "[blocked " + name + "]";
    }

    private SandboxViolation violation() {
        return new SandboxViolation("'" + name + "' is not available in show scripts: " + reason);
    }
}
