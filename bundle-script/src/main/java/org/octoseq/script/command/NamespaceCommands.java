package org.octoseq.script.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq:namespace} prints the current namespace snapshot as JSON: the keys a script sees under
 * {@code inputs}, the active beat grid and the registry's diagnostics.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=namespace"})
public final class NamespaceCommands {

    private final NamespaceRegistry registry;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Activate
    public NamespaceCommands(@Reference NamespaceRegistry registry) {
        this.registry = registry;
    }

    public int namespace(String... args) {
        Namespace ns = registry.current();
        try {
            System.out.println(json.writeValueAsString(ns.describe()));
            return 0;
        } catch (JsonProcessingException e) {
            System.err.println("octoseq namespace: cannot write the namespace as JSON: " + e.getOriginalMessage());
            return 2;
        }
    }
}
