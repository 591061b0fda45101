package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.octoseq.api.namespace.Diagnostic;

/**
 * A script that uses JavaScript the engine does not run gets one diagnostic that names the feature, points at
 * the user's line and says what to write instead — never the engine's bare "not yet implemented" or "Expected
 * an operand". The table is the one in docs/scripting-language.md.
 */
class LanguageLevelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            class A { constructor(x) { this.x = x; } }        | classes         | A.prototype.step = function
            var A = class { };                                | classes         | constructor function
            class B extends A { m() { super.m(); } }         | classes         | constructor function
            var {x, y} = {x: 1, y: 2};                        | destructuring   | var x = p.x, y = p.y
            let [a, b] = [1, 2];                              | destructuring   | read the fields one by one
            function f({a}) { return a; }                     | destructuring   | read the fields one by one
            for (const [k, v] of []) {}                       | destructuring   | read the fields one by one
            var xs = [...[1, 2]];                             | spread          | list.slice()
            Math.max(...[1, 2]);                              | spread          | f.apply(null, args)
            var o = {...{a: 1}};                              | spread          | for (var k in a) out[k] = a[k]
            function f(a, ...more) {}                         | rest parameters | Array.prototype.slice.call(arguments, 1)
            function* g() { yield 1; }                        | generators      | return an array
            async function f() {}                             | async           | do the work directly in update()
            var f = async () => 1;                            | async           | do the work directly in update()
            var z = 2 ** 3;                                   | '**'            | Math.pow(a, b)
            import x from 'lib';                              | modules         | put the code in it
            """)
    void anUnsupportedFeatureIsNamedWithItsLineAndTheWayToWriteIt(String code, String feature, String instead)
            throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("var ok = 1;\n" + code + "\nfunction update(dt, frame) {}\n",
                SessionSettings.headless());
        List<Diagnostic> errors = SessionFixture.errors(s);
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic d = errors.get(0);
        assertEquals(Diagnostic.Kind.PARSE_ERROR, d.kind(), d::toString);
        assertEquals(2, d.location().line(), d::toString);
        assertTrue(d.location().column() >= 1, d::toString);
        assertTrue(d.message().contains(feature) && d.message().contains("not supported by this engine"), d::toString);
        assertTrue(d.message().contains(instead), d::toString);
        assertFalse(d.message().contains("not yet implemented") || d.message().startsWith("Expected"), d::toString);
        assertFalse(s.healthy());
        s.close();
    }

    @Test
    void aMissingLibraryFunctionSaysItIsNotInThisEnginesLibrary() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("var ok = 1;\nvar p = Object.assign({}, {a: 1});\n", SessionSettings.headless());
        Diagnostic d = SessionFixture.errors(s).get(0);
        assertEquals(2, d.location().line(), d::toString);
        assertTrue(d.message().contains("Object.assign is not in this engine's JavaScript library"), d::toString);
    }

    @Test
    void promiseSaysThereAreNoPromises() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("var ok = 1;\nvar p = new Promise(function (r) { r(1); });\n",
                SessionSettings.headless());
        Diagnostic d = SessionFixture.errors(s).get(0);
        assertEquals(2, d.location().line(), d::toString);
        assertTrue(d.message().startsWith("Promise is not available in this engine"), d::toString);
    }
}
