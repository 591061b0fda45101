package org.octoseq.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.octoseq.script.editor.EditedScript;
import org.octoseq.script.editor.ScriptWorkspace;
import org.osgi.framework.Bundle;

/**
 * The editor's HTTP surface. {@code /} (with {@code ?token=}) is the page; {@code /editor/...} the page's static
 * files and Monaco; {@code /api/...} (header {@value #TOKEN_HEADER}) the running script: {@code GET state},
 * {@code GET typings}, {@code POST check} (a draft), {@code PUT script} (save). Only loopback clients are
 * answered, and only with the token; a request naming another host (DNS rebinding) is refused.
 */
final class EditorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TOKEN_HEADER = "X-Octoseq-Token";
    /** Largest script accepted, in bytes. */
    static final int MAX_SCRIPT_BYTES = 2 * 1024 * 1024;

    private final transient ScriptWorkspace workspace;
    private final transient AccessToken token;
    private final transient Bundle bundle;
    private final transient ObjectMapper json = new ObjectMapper();

    EditorServlet(ScriptWorkspace workspace, AccessToken token, Bundle bundle) {
        this.workspace = workspace;
        this.token = token;
        this.bundle = bundle;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!fromLoopback(req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "the script editor answers this computer only");
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (path.equals("/") || path.equals("/index.html")) {
            page(req, resp);
        } else if (path.equals("/favicon.ico")) {
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if (path.startsWith("/editor/") && req.getMethod().equals("GET")) {
            file(path.substring(1), resp);
        } else if (path.startsWith("/api/")) {
            if (!token.matches(req.getHeader(TOKEN_HEADER))) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "missing or wrong editor token");
                return;
            }
            api(path.substring("/api/".length()), req, resp);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean fromLoopback(HttpServletRequest req) {
        try {
            String host = req.getServerName();
            return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress()
                    && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"));
        } catch (IOException e) {
            return false;
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!token.matches(req.getParameter("token"))) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/html;charset=utf-8");
            resp.getWriter().write("<!doctype html><title>Octoseq editor</title><p>Open the address that "
                    + "<code>octoseq run</code> printed: it carries the editor's token.</p>");
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        file("editor/index.html", resp);
    }

    private void file(String name, HttpServletResponse resp) throws IOException {
        if (name.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URL url = bundle.getEntry(name);
        if (url == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(contentType(name));
        if (name.startsWith("editor/vs/")) {
            resp.setHeader("Cache-Control", "max-age=86400");
        }
        try (InputStream in = url.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        if (name.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return name.endsWith(".txt") ? "text/plain;charset=utf-8" : "application/octet-stream";
    }

    private void api(String call, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        switch (req.getMethod() + " " + call) {
            case "GET state" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                java.util.Optional<EditedScript> s = workspace.current();
                out.put("running", s.isPresent());
                s.ifPresent(script -> out.put("script", script));
                writeJson(resp, out);
            }
            case "GET typings" -> {
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write(workspace.typings());
            }
            case "POST check" -> writeJson(resp, workspace.check(body(req)));
            case "PUT script" -> {
                String source = body(req);
                try {
                    workspace.save(source);
                    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                } catch (IllegalStateException e) {
                    resp.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
                } catch (IOException e) {
                    resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot save the script: " + e.getMessage());
                }
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String body(HttpServletRequest req) throws IOException {
        byte[] b = req.getInputStream().readNBytes(MAX_SCRIPT_BYTES + 1);
        if (b.length > MAX_SCRIPT_BYTES) {
            throw new IOException("script larger than " + MAX_SCRIPT_BYTES + " bytes");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private void writeJson(HttpServletResponse resp, Object value) throws IOException {
        resp.setContentType("application/json;charset=utf-8");
        resp.getOutputStream().write(json.writeValueAsBytes(value));
    }
}
