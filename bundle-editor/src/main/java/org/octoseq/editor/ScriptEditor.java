package org.octoseq.editor;

import jakarta.servlet.Servlet;
import java.io.PrintStream;
import java.util.Hashtable;
import org.octoseq.script.editor.ScriptWorkspace;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The web script editor: registers {@link EditorServlet} with the HTTP whiteboard and, once the HTTP runtime is
 * up, prints the editor's address (loopback, with a fresh random token) on the show console and publishes it as
 * the servlet's service property {@value #URL_PROPERTY}.
 */
@Component(immediate = true)
public final class ScriptEditor {

    /** Service property of the editor servlet: the address to open, with its token. */
    public static final String URL_PROPERTY = "octoseq.editor.url";
    private static final String RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";
    private static final String PORT = "org.osgi.service.http.port";

    private final AccessToken token = AccessToken.random();
    private final ServiceRegistration<Servlet> servlet;
    private final ServiceTracker<Object, Object> runtimes;
    private final Hashtable<String, Object> properties = new Hashtable<>();
    private final PrintStream console = System.err;

    @Activate
    public ScriptEditor(BundleContext context, @Reference ScriptWorkspace workspace) throws InvalidSyntaxException {
        properties.put("osgi.http.whiteboard.servlet.pattern", "/*");
        properties.put("osgi.http.whiteboard.servlet.name", "octoseq-script-editor");
        servlet = context.registerService(Servlet.class, new EditorServlet(workspace, token, context.getBundle()), properties);
        Filter filter = context.createFilter("(&(objectClass=" + RUNTIME + ")(" + PORT + "=*))");
        runtimes = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                announce(reference);
                return reference;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Object service) {
                announce(reference);
            }
        };
        runtimes.open(true);
    }

    private synchronized void announce(ServiceReference<Object> runtime) {
        Object port = runtime.getProperty(PORT);
        String url = "http://127.0.0.1:" + port + "/?token=" + token.value();
        if (!url.equals(properties.get(URL_PROPERTY))) {
            properties.put(URL_PROPERTY, url);
            servlet.setProperties(properties);
            console.println("octoseq: script editor: " + url);
        }
    }

    @Deactivate
    void deactivate() {
        runtimes.close();
        servlet.unregister();
    }
}
