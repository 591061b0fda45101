package org.octoseq.script.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.nashorn.api.tree.BlockTree;
import org.openjdk.nashorn.api.tree.ClassDeclarationTree;
import org.openjdk.nashorn.api.tree.ClassExpressionTree;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.DoWhileLoopTree;
import org.openjdk.nashorn.api.tree.ForInLoopTree;
import org.openjdk.nashorn.api.tree.ForLoopTree;
import org.openjdk.nashorn.api.tree.ForOfLoopTree;
import org.openjdk.nashorn.api.tree.FunctionDeclarationTree;
import org.openjdk.nashorn.api.tree.FunctionExpressionTree;
import org.openjdk.nashorn.api.tree.Parser;
import org.openjdk.nashorn.api.tree.SimpleTreeVisitorES6;
import org.openjdk.nashorn.api.tree.StatementTree;
import org.openjdk.nashorn.api.tree.Tree;
import org.openjdk.nashorn.api.tree.WhileLoopTree;

/**
 * Makes a JavaScript source stoppable: with Nashorn's parser API it finds every loop body and function body
 * and inserts a call to {@value #GUARD}{@code .check()} there (without adding line breaks, so lines stay the
 * user's). The check throws once the watchdog has flagged the running call as over its time budget — the
 * only way to stop {@code while(true){}} on Java 17+, where {@code Thread.stop} is gone.
 *
 * <p>A source the parser rejects, or one using ES6 classes (whose positions the parser reports oddly), is
 * returned unchanged: compiling it then fails or runs unguarded, and the compiler names the real problem.
 */
public final class GuardInjector {

    /** The global the inserted calls use. */
    public static final String GUARD = "__octoseqGuard";

    private static final String CHECK = GUARD + ".check();";

    /** A source with guard calls inserted, and the map back to the user's columns. */
    public record Instrumented(String source, SourceMap map, boolean guarded) {
    }

    public Instrumented instrument(String name, String source) {
        Parser parser = Parser.create("--language=es6");
        boolean[] failed = {false};
        CompilationUnitTree unit;
        try {
            unit = parser.parse(name, source, d -> failed[0] = true);
        } catch (RuntimeException e) {
            unit = null;
        }
        if (unit == null || failed[0]) {
            return new Instrumented(source, SourceMap.identity(source), false);
        }
        Collector collector = new Collector(source);
        try {
            unit.accept(collector, null);
        } catch (RuntimeException e) { // a tree the visitor cannot walk: let the compiler name the problem
            return new Instrumented(source, SourceMap.identity(source), false);
        }
        if (collector.hasClass) {
            return new Instrumented(source, SourceMap.identity(source), false);
        }
        List<Edit> edits = collector.edits;
        edits.sort(Comparator.comparingInt(Edit::at)); // stable: equal offsets keep visiting order
        StringBuilder out = new StringBuilder(source.length() + edits.size() * CHECK.length());
        List<SourceMap.Insertion> insertions = new ArrayList<>();
        int from = 0;
        for (Edit e : edits) {
            out.append(source, from, e.at()).append(e.text());
            insertions.add(new SourceMap.Insertion(e.at(), e.text().length()));
            from = e.at();
        }
        out.append(source, from, source.length());
        String text = out.toString();
        return new Instrumented(text, new SourceMap(source, text, insertions), true);
    }

    private record Edit(int at, String text) {
    }

    /** Collects where to insert guard calls. */
    private static final class Collector extends SimpleTreeVisitorES6<Void, Void> {

        private final String source;
        private final List<Edit> edits = new ArrayList<>();
        private boolean hasClass;

        Collector(String source) {
            this.source = source;
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree t, Void p) {
            loopBody(t.getStatement());
            return super.visitWhileLoop(t, p);
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree t, Void p) {
            loopBody(t.getStatement());
            return super.visitDoWhileLoop(t, p);
        }

        @Override
        public Void visitForLoop(ForLoopTree t, Void p) {
            loopBody(t.getStatement());
            return super.visitForLoop(t, p);
        }

        @Override
        public Void visitForInLoop(ForInLoopTree t, Void p) {
            loopBody(t.getStatement());
            return super.visitForInLoop(t, p);
        }

        @Override
        public Void visitForOfLoop(ForOfLoopTree t, Void p) {
            loopBody(t.getStatement());
            return super.visitForOfLoop(t, p);
        }

        @Override
        public Void visitFunctionDeclaration(FunctionDeclarationTree t, Void p) {
            block(t.getBody());
            return super.visitFunctionDeclaration(t, p);
        }

        @Override
        public Void visitFunctionExpression(FunctionExpressionTree t, Void p) {
            Tree body = t.getBody();
            if (body instanceof BlockTree) {
                block(body);
            } else if (body != null) { // arrow function with an expression body: (check(), expr)
                edits.add(new Edit((int) body.getStartPosition(), "(" + GUARD + ".check(),"));
                edits.add(new Edit((int) body.getEndPosition(), ")"));
            }
            return super.visitFunctionExpression(t, p);
        }

        @Override
        public Void visitClassDeclaration(ClassDeclarationTree t, Void p) {
            hasClass = true;
            return null; // not walked: the engine refuses classes anyway
        }

        @Override
        public Void visitClassExpression(ClassExpressionTree t, Void p) {
            hasClass = true;
            return null; // the visitor itself fails on an anonymous class expression
        }

        private void loopBody(StatementTree body) {
            if (body instanceof BlockTree) {
                block(body);
                return;
            }
            // a single statement: wrap it, keeping its terminating ';' inside the braces (do x--; while(c))
            edits.add(new Edit((int) body.getStartPosition(), "{" + CHECK));
            edits.add(new Edit(afterSemicolon((int) body.getEndPosition()), "}"));
        }

        private void block(Tree body) {
            int start = (int) body.getStartPosition();
            if (start >= 0 && start < source.length() && source.charAt(start) == '{') {
                edits.add(new Edit(start + 1, CHECK));
            }
        }

        private int afterSemicolon(int end) {
            int i = end;
            while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            return i < source.length() && source.charAt(i) == ';' ? i + 1 : end;
        }
    }
}
