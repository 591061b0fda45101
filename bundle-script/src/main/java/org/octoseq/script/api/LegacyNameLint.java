package org.octoseq.script.api;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.script.namespace.ScriptNamespace;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.ExpressionTree;
import org.openjdk.nashorn.api.tree.IdentifierTree;
import org.openjdk.nashorn.api.tree.LineMap;
import org.openjdk.nashorn.api.tree.MemberSelectTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;

/**
 * Finds names of the original Octoseq engine in a script's source without running it (so a branch that has not
 * run yet is found too): {@code inputs.amplitude}, {@code inputs.bands}, {@code ….spectralCentroid}… each with
 * its replacement, from the same tables the namespace uses for its runtime warnings.
 */
public final class LegacyNameLint {

    private LegacyNameLint() {
    }

    /** The legacy names in {@code source}; nothing for a source that does not parse (the compiler reports it). */
    public static List<Guardrail> scan(String name, String source) {
        CompilationUnitTree unit;
        boolean[] failed = {false};
        try {
            unit = Parser.create("--language=es6").parse(name, source, d -> failed[0] = true);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (unit == null || failed[0]) {
            return List.of();
        }
        List<Guardrail> out = new ArrayList<>();
        LineMap lines = unit.getLineMap();
        unit.accept(new SimpleTreeVisitorES6<Void, Void>() {
            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void v) {
                String member = node.getIdentifier();
                String owner = pathOf(node.getExpression());
                String replacement = null;
                if ("inputs".equals(owner)) {
                    replacement = ScriptNamespace.legacyInputs().get(member);
                } else if (owner != null && owner.startsWith("inputs.")) {
                    String now = ScriptNamespace.renamedMembers().get(member);
                    replacement = now == null ? null : owner + "." + now;
                }
                if (replacement != null) {
                    long at = node.getEndPosition() - member.length();
                    out.add(new Guardrail(Guardrail.Kind.LEGACY_NAME, owner + "." + member, owner + "." + member
                            + " is a name of the original Octoseq engine: use " + replacement,
                            (int) lines.getLineNumber(at), (int) lines.getColumnNumber(at) + 1));
                }
                return super.visitMemberSelect(node, v);
            }
        }, null);
        return out;
    }

    /** {@code inputs.stems[…].bands} style path of a member chain, with any index written as [...]; else null. */
    private static String pathOf(ExpressionTree e) {
        if (e instanceof IdentifierTree id) {
            return id.getName();
        }
        if (e instanceof MemberSelectTree m) {
            String owner = pathOf(m.getExpression());
            return owner == null ? null : owner + "." + m.getIdentifier();
        }
        if (e instanceof org.openjdk.nashorn.api.tree.ArrayAccessTree a) {
            String owner = pathOf(a.getExpression());
            return owner == null ? null : owner + "[...]";
        }
        return null;
    }
}
