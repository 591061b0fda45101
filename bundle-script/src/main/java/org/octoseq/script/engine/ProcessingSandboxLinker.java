package org.octoseq.script.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
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
 * <p>What is refused, on any object of a {@code processing.*} class: every member of a {@code PApplet}; the
 * members in {@link #REFUSED}; on graphics also the frame's own lifecycle ({@link #GRAPHICS_ONLY}); and member
 * access by a computed name ({@code g[name]}), which a linker cannot check at link time. Nashorn finds the
 * linker through {@link Exporter} (a {@code META-INF/services} entry in this bundle, read from the class loader
 * {@link JavaScriptEngines} hands Nashorn).
 */
public final class ProcessingSandboxLinker implements GuardingDynamicLinker {

    /** Members no script may touch on a Processing object: the sketch, files, native AWT objects, caches. */
    static final Set<String> REFUSED = Set.of("parent", "setParent", "g2", "fillGradientObject",
            "strokeGradientObject", "save", "saveFile", "loadShape", "loadShader", "getNative", "setNative",
            "findNative", "getImage", "getFont", "checkImage", "getCache", "setCache", "removeCache", "dispose",
            "beginRaw", "endRaw", "getRaw");

    /**
     * Fields refused when read as a value but not when called: {@code g.image} is a {@code java.awt.Image} field
     * and {@code g.image(img, x, y)} the drawing method.
     */
    static final Set<String> FIELDS = Set.of("image");

    /** Members refused on graphics only: the host begins, sizes and ends every frame. */
    static final Set<String> GRAPHICS_ONLY = Set.of("beginDraw", "endDraw", "setSize", "setPrimary", "setPath");

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
        if (name != null && FIELDS.contains(name.toString()) && !readsAProperty(op)) {
            return null;
        }
        String member = name == null ? null : name.toString();
        String reason = member != null && FIELDS.contains(member) ? what(type) + "." + member + " is not available to show scripts ("
                + hint(member) + ")" : reason(kind, type, member);
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

    /** Why a script may not reach {@code member} of a {@code type} object, or {@code null} when it may. */
    static String reason(Kind kind, Class<?> type, String member) {
        String what = what(type);
        if (kind == Kind.SKETCH) {
            return "the Processing sketch (" + what + ") is not available to show scripts: draw with the g that draw(g)"
                    + " gets";
        }
        if (member == null) {
            return "reading a member of a Processing object (" + what + ") by a computed name is not available to"
                    + " show scripts: write the member's name (g.rect(...), img.width)";
        }
        if (REFUSED.contains(member) || (kind == Kind.GRAPHICS && GRAPHICS_ONLY.contains(member))) {
            return what + "." + member + " is not available to show scripts (" + hint(member) + ")";
        }
        return null;
    }

    private static String hint(String member) {
        return switch (member) {
            case "parent", "setParent" -> "the sketch is the host's; draw with g";
            case "save", "saveFile" -> "scripts cannot write files; octoseq render writes frames";
            case "loadShape", "loadShader", "getFont" -> "load files with assets.shape(id) or assets.image(id)";
            case "beginDraw", "endDraw", "setSize", "setPrimary", "setPath", "dispose" ->
                    "the host begins, sizes and ends every frame";
            default -> "it reaches outside the drawing API";
        };
    }

    @SuppressWarnings("unused") // called through REFUSE
    private static Object refuse(String reason) {
        throw new SandboxViolation(reason);
    }

    private static Kind kindOf(Class<?> type) {
        Kind kind = Kind.OTHER;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.equals("processing.core.PApplet")) {
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

    /** Offers the linker to every dynalink factory that searches this bundle's class loader (Nashorn's does). */
    public static final class Exporter extends GuardingDynamicLinkerExporter {
        @Override
        public List<GuardingDynamicLinker> get() {
            return List.of(new ProcessingSandboxLinker());
        }
    }
}
