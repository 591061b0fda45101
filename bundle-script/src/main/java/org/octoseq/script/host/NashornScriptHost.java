package org.octoseq.script.host;

import java.nio.file.Path;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.script.engine.JavaScriptEngines;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The script host service: JavaScript show scripts on standalone Nashorn, bound to the live namespace. */
@Component(service = ScriptHost.class)
public final class NashornScriptHost implements ScriptHost {

    private final NamespaceRegistry registry;
    private final JavaScriptEngines engines = new JavaScriptEngines();

    @Activate
    public NashornScriptHost(@Reference NamespaceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ScriptSession load(Path scriptFile) {
        return new JsScriptSession(scriptFile.toAbsolutePath(), engines, registry::current, System.err);
    }
}
