package org.octoseq.script.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JavaScript engine (standalone Nashorn 15.7, ES6 mode) does not support, and how to write it instead.
 * Turns the engine's terse messages ("ES6 destructuring is not yet implemented", "Expected an operand but found
 * *", "Object.assign is not a function") into sentences that name the feature and the workaround. The same
 * list is in docs/scripting-language.md.
 */
public final class LanguageLimits {

    private static final Map<String, String> NOT_IMPLEMENTED = new LinkedHashMap<>();
    private static final Map<String, String> MISSING_LIBRARY = new LinkedHashMap<>();
    private static final Pattern ASYNC = Pattern.compile("\\b(async|await)\\b");
    private static final Pattern NOT_A_FUNCTION = Pattern.compile("^(?:TypeError: )?(.+?) is not a function$");

    static {
        NOT_IMPLEMENTED.put("class", "classes ('class A {}') are not supported by this engine; write a constructor"
                + " function and put methods on its prototype: function A(x) { this.x = x; }"
                + " A.prototype.step = function () { ... };");
        NOT_IMPLEMENTED.put("destructuring", "destructuring ('var {x, y} = p', 'let [a, b] = list',"
                + " 'function f({a})') is not supported by this engine; read the fields one by one:"
                + " var x = p.x, y = p.y;");
        NOT_IMPLEMENTED.put("spread", "spread ('f(...args)', '[...list]') is not supported by this engine;"
                + " use f.apply(null, args), list.slice() or a.concat(b)");
        NOT_IMPLEMENTED.put("rest parameter", "rest parameters ('function f(a, ...more)') are not supported by this"
                + " engine; use Array.prototype.slice.call(arguments, 1)");
        NOT_IMPLEMENTED.put("generator", "generators ('function*', 'yield') are not supported by this engine;"
                + " return an array, or keep the position in a variable");
        NOT_IMPLEMENTED.put("yield", NOT_IMPLEMENTED.get("generator"));
        NOT_IMPLEMENTED.put("super", "'super' (part of ES6 classes) is not supported by this engine; call the parent"
                + " constructor function directly: Parent.call(this, x), Parent.prototype.step.call(this)");
        NOT_IMPLEMENTED.put("module", "modules ('import', 'export') are not supported by this engine; a show is one"
                + " script file: put the code in it");
        for (String f : new String[] {"Object.assign", "Object.entries", "Object.values", "Array.from", "Array.of",
                "Number.isInteger", "Number.isFinite", "String.raw"}) {
            MISSING_LIBRARY.put(f, f);
        }
        for (String m : new String[] {".find", ".findIndex", ".includes", ".fill", ".padStart", ".padEnd",
                ".repeat", ".flat", ".flatMap", ".entries", ".values"}) {
            MISSING_LIBRARY.put(m, m);
        }
    }

    private LanguageLimits() {
    }

    /**
     * @param message    the engine's message (location already removed)
     * @param sourceLine the user's source line the message points at, or ""
     * @return a message that names the unsupported feature and what to write instead, or {@code message}
     */
    public static String explain(String message, String sourceLine) {
        if (message.contains(" not yet implemented")) {
            for (Map.Entry<String, String> e : NOT_IMPLEMENTED.entrySet()) {
                if (message.contains(e.getKey())) {
                    return e.getValue();
                }
            }
            return message + " (this engine runs ES5 plus part of ES6; see docs/scripting-language.md)";
        }
        if (message.contains("Expected an operand but found *") && sourceLine.contains("**")) {
            return "the exponent operator '**' is not supported by this engine; use Math.pow(a, b)";
        }
        boolean syntax = message.regionMatches(true, 0, "Expected", 0, "Expected".length());
        if (syntax && ASYNC.matcher(sourceLine).find()) {
            return "async functions and 'await' are not supported by this engine (it has no Promises); do the work"
                    + " directly in update(), which runs every frame, and keep what must wait in a variable";
        }
        if (syntax && (message.endsWith("found import") || message.endsWith("found export"))) {
            return NOT_IMPLEMENTED.get("module");
        }
        if (syntax && message.endsWith("found ...") && sourceLine.contains("...")) {
            return "spread in object literals ('{...a}') is not supported by this engine; copy the fields in a loop:"
                    + " for (var k in a) out[k] = a[k];";
        }
        if (message.contains("\"Promise\" is not defined")) {
            return "Promise is not available in this engine (it runs ES5 plus part of ES6); do the work directly in"
                    + " update(), which runs every frame, and keep what must wait in a variable";
        }
        Matcher m = NOT_A_FUNCTION.matcher(message);
        if (m.matches()) {
            String callee = m.group(1);
            for (String missing : MISSING_LIBRARY.keySet()) {
                if (callee.equals(missing) || (missing.startsWith(".") && callee.endsWith(missing))) {
                    return message + " (" + missing.replaceFirst("^\\.", "") + " is not in this engine's"
                            + " JavaScript library, which is ES5 plus part of ES6; see docs/scripting-language.md)";
                }
            }
        }
        if (message.contains("ClassNotFoundException: ")) {
            String cls = message.substring(message.lastIndexOf(' ') + 1);
            return "Java class " + cls + " is not available to show scripts (only org.octoseq.api.* classes are)";
        }
        if (message.contains("Java reflection not supported")) {
            return "Java reflection is not available to show scripts";
        }
        return message;
    }
}
