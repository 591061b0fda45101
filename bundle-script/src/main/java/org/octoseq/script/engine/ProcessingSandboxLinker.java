package org.octoseq.script.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.dynalink.CallSiteDescriptor;
import jdk.dynalink.NamedOperation;
import jdk.dynalink.NamespaceOperation;
import jdk.dynalink.Operation;
import jdk.dynalink.StandardNamespace;
import jdk.dynalink.StandardOperation;
import jdk.dynalink.linker.GuardedInvocation;
import jdk.dynalink.linker.GuardingDynamicLinker;
import jdk.dynalink.linker.GuardingDynamicLinkerExporter;
import jdk.dynalink.linker.LinkRequest;
import jdk.dynalink.linker.LinkerServices;
import jdk.dynalink.linker.support.Guards;

/**
 * Keeps show scripts inside the sandbox when they hold Processing objects: the graphics {@code g} handed to
 * {@code draw}, images, shapes, fonts. The class filter only limits which classes a script can name; the
 * objects the host hands in can still be walked, and Processing's reach the sketch ({@code g.parent}, a
 * {@code PApplet} that launches processes and writes files), the disk ({@code g.save}, {@code img.save},
 * {@code g.loadShape}) and AWT ({@code g.g2}, {@code getNative()}). This linker refuses those members before
 * Nashorn's own Java linker sees them, with a {@link SandboxViolation} that says what to use instead; drawing
 * members link as before, so it costs nothing per call.
 *
 * <p>What is refused, on any object of a {@code processing.*} class: every member of the sketch, its surface
 * (window) and OpenGL handle ({@link #SKETCH_TYPES}); the {@link #METHODS} and, read as values or assigned, the
 * {@link #PROPERTIES}; on graphics also the frame's own lifecycle ({@link #GRAPHICS_METHODS}) and every
 * assignment (the host reuses the graphics across frames and reloads); and member access by a computed name
 * ({@code g[name]}), which a linker cannot check at link time. {@code Object.bindProperties}, which would bind
 * members past this linker, is blocked by {@link ScriptSandbox}. Nashorn finds the
 * linker through {@link Exporter} (a {@code META-INF/services} entry in this bundle, read from the class loader
 * {@link JavaScriptEngines} hands Nashorn).
 */
public final class ProcessingSandboxLinker implements GuardingDynamicLinker {

    /**
     * Methods no script may call or read on a Processing object: the sketch's surface and OpenGL handles, files,
     * native AWT objects, caches. Their bean properties ({@code getNative()} is also {@code g.native}) are in
     * {@link #PROPERTIES}.
     */
    static final Set<String> METHODS = Set.of("setParent", "save", "saveFile", "loadShape", "loadShader",
            "getNative", "setNative", "findNative", "getImage", "getFont", "checkImage", "getCache", "setCache",
            "removeCache", "dispose", "beginRaw", "endRaw", "getRaw", "createSurface", "beginPGL", "endPGL");

    /** Methods refused on graphics only: the host begins, sizes and ends every frame. */
    static final Set<String> GRAPHICS_METHODS = Set.of("beginDraw", "endDraw", "setSize", "setPrimary", "setPath");

    /**
     * Fields and bean properties refused when read as a value ({@code g.parent}, {@code g.native}) but not when
     * called: {@code g.image} is a {@code java.awt.Image} field, {@code g.image(img, x, y)} the drawing method.
     */
    static final Set<String> PROPERTIES = properties();

    private static Set<String> properties() {
        Set<String> p = new HashSet<>(Set.of("parent", "g2", "image", "fillGradientObject",
                "strokeGradientObject", "pgl", "surface"));
        for (String m : METHODS) {
            beanProperty(m).ifPresent(p::add);
        }
        for (String m : GRAPHICS_METHODS) {
            beanProperty(m).ifPresent(p::add);
        }
        return Set.copyOf(p);
    }

    /** {@code getNative} → {@code native}, {@code setPrimary} → {@code primary}, {@code isX} → {@code x}. */
    private static Optional<String> beanProperty(String method) {
        int prefix = method.startsWith("get") || method.startsWith("set") ? 3 : method.startsWith("is") ? 2 : 0;
        if (prefix == 0 || method.length() == prefix || !Character.isUpperCase(method.charAt(prefix))) {
            return Optional.empty();
        }
        return Optional.of(Character.toLowerCase(method.charAt(prefix)) + method.substring(prefix + 1));
    }

    private static final MethodHandle REFUSE;

    static {
        try {
            REFUSE = MethodHandles.lookup().findStatic(ProcessingSandboxLinker.class, "refuse",
                    MethodType.methodType(Object.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return kindOf(type);
        }
    };

    /** What a receiver's class is to this linker. */
    enum Kind { OTHER, PROCESSING, GRAPHICS, SKETCH }

    @Override
    public GuardedInvocation getGuardedInvocation(LinkRequest request, LinkerServices services) {
        Object receiver = request.getReceiver();
        if (receiver == null) {
            return null;
        }
        Class<?> type = receiver.getClass();
        Kind kind = KINDS.get(type);
        if (kind == Kind.OTHER) {
            return null;
        }
        CallSiteDescriptor site = request.getCallSiteDescriptor();
        Operation op = site.getOperation();
        Operation base = NamespaceOperation.getBaseOperation(NamedOperation.getBaseOperation(op));
        if (base != StandardOperation.GET && base != StandardOperation.SET) {
            return null;
        }
        Object name = NamedOperation.getName(op);
        String reason = reason(kind, type, name == null ? null : name.toString(), base == StandardOperation.SET,
                base == StandardOperation.GET && readsAProperty(op));
        if (reason == null) {
            return null;
        }
        MethodType siteType = site.getMethodType();
        MethodHandle thrower = MethodHandles.dropArguments(REFUSE.bindTo(reason).asType(
                MethodType.methodType(siteType.returnType())), 0, siteType.parameterList());
        return new GuardedInvocation(thrower, Guards.isOfClass(type, siteType));
    }

    /** Whether {@code op} looks for a property before a method (a read, {@code g.image}, not a call). */
    private static boolean readsAProperty(Operation op) {
        Operation named = NamedOperation.getBaseOperation(op);
        if (!(named instanceof NamespaceOperation ns) || ns.getNamespaceCount() == 0) {
            return true;
        }
        return ns.getNamespace(0) != StandardNamespace.METHOD;
    }

    private static String what(Class<?> type) {
        return type.getSimpleName();
    }

    /**
     * Why a script may not reach {@code member} of a {@code type} object, or {@code null} when it may.
     *
     * @param member   the member's name, {@code null} for a computed one ({@code g[name]})
     * @param set      an assignment ({@code g.width = 1})
     * @param property a read that looks for a property first ({@code g.image}, not {@code g.image(...)})
     */
    static String reason(Kind kind, Class<?> type, String member, boolean set, boolean property) {
        String what = what(type);
        if (kind == Kind.SKETCH) {
            return "the Processing sketch and its window (" + what + ") are not available to show scripts: draw with"
                    + " the g that draw(g) gets";
        }
        if (member == null) {
            return "reading a member of a Processing object (" + what + ") by a computed name is not available to"
                    + " show scripts: write the member's name (g.rect(...), img.width)";
        }
        if (set && kind == Kind.GRAPHICS) {
            return "setting " + what + "." + member + " is not available to show scripts (the graphics are the host's:"
                    + " use their methods, g.fill(...), g.strokeWeight(...))";
        }
        boolean refused = METHODS.contains(member) || (kind == Kind.GRAPHICS && GRAPHICS_METHODS.contains(member))
                || (PROPERTIES.contains(member) && (set || property));
        return refused ? what + "." + member + " is not available to show scripts (" + hint(member) + ")" : null;
    }

    private static String hint(String member) {
        return switch (member) {
            case "parent", "setParent", "surface", "createSurface" -> "the sketch and its window are the host's; draw with g";
            case "save", "saveFile" -> "scripts cannot write files; octoseq render writes frames";
            case "loadShape", "loadShader", "getFont" -> "load files with assets.shape(id) or assets.image(id)";
            case "beginDraw", "endDraw", "setSize", "setPrimary", "setPath", "dispose", "size", "primary", "path" ->
                    "the host begins, sizes and ends every frame";
            default -> "it reaches outside the drawing API";
        };
    }

    @SuppressWarnings("unused") // called through REFUSE
    private static Object refuse(String reason) {
        throw new SandboxViolation(reason);
    }

    /** The sketch, its window and OpenGL: every member refused. */
    private static final Set<String> SKETCH_TYPES = Set.of("processing.core.PApplet", "processing.core.PSurface",
            "processing.opengl.PGL");

    private static Kind kindOf(Class<?> type) {
        Kind kind = Kind.OTHER;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (SKETCH_TYPES.contains(name) || implementsSketchType(c)) {
                return Kind.SKETCH;
            }
            if (name.equals("processing.core.PGraphics")) {
                kind = Kind.GRAPHICS;
            } else if (kind == Kind.OTHER && name.startsWith("processing.")) {
                kind = Kind.PROCESSING;
            }
        }
        return kind;
    }

    private static boolean implementsSketchType(Class<?> c) {
        for (Class<?> i : c.getInterfaces()) {
            if (SKETCH_TYPES.contains(i.getName()) || implementsSketchType(i)) {
                return true;
            }
        }
        return false;
    }

    /** Offers the linker to every dynalink factory that searches this bundle's class loader (Nashorn's does). */
    public static final class Exporter extends GuardingDynamicLinkerExporter {
        @Override
        public List<GuardingDynamicLinker> get() {
            return List.of(new ProcessingSandboxLinker());
        }
    }
}
