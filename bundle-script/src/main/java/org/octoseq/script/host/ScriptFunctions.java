package org.octoseq.script.host;

/** The functions a show script may define, called through {@code Invocable.getInterface}. */
public final class ScriptFunctions {

    private ScriptFunctions() {
    }

    /** {@code function init(ctx)}: once per load, after the top level. */
    public interface Init {
        void init(Object ctx);
    }

    /** {@code function update(dt, frame)}: every frame, before drawing. */
    public interface Update {
        void update(double dt, Object frame);
    }

    /** {@code function draw(g)}: every rendered frame, with the Processing graphics. */
    public interface Draw {
        void draw(Object g);
    }
}
