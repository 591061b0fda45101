package octoseq.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code .pde} sketch into the Java class Processing's preprocessor would make of it, for the
 * features the examples use: imports hoisted, the body wrapped in {@code public class Name extends PApplet},
 * {@code size()}/{@code fullScreen()} moved into {@code settings()}, top-level methods made public, and
 * decimal literals made {@code float}.
 */
final class PdeSketch {

    private static final List<String> DEFAULT_IMPORTS = List.of("processing.core.*", "processing.data.*",
            "processing.event.*", "processing.opengl.*", "java.util.HashMap", "java.util.ArrayList",
            "java.io.File", "java.io.BufferedReader", "java.io.PrintWriter", "java.io.InputStream",
            "java.io.OutputStream", "java.io.IOException");
    private static final Pattern SIZE = Pattern.compile("^\\s*(size|fullScreen)\\s*\\(.*\\)\\s*;\\s*$");
    private static final Pattern METHOD = Pattern.compile("^(void|int|float|boolean|String|double|long)(\\[\\])?\\s+\\w+\\s*\\(");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])(\\d+\\.\\d*|\\.\\d+)(?![\\w.])");

    private PdeSketch() {
    }

    /** The Java source of sketch {@code name} whose {@code .pde} text is {@code pde}. */
    static String toJava(String name, String pde) {
        List<String> imports = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : pde.split("\n", -1)) {
            if (line.trim().startsWith("import ")) {
                imports.add(line.trim());
            } else if (SIZE.matcher(line).matches()) {
                settings.add(line.trim());
            } else if (METHOD.matcher(line).find()) {
                body.append("public ").append(floats(line)).append('\n');
            } else {
                body.append(floats(line)).append('\n');
            }
        }
        StringBuilder java = new StringBuilder();
        DEFAULT_IMPORTS.forEach(i -> java.append("import ").append(i).append(";\n"));
        imports.forEach(i -> java.append(i).append('\n'));
        java.append("public class ").append(name).append(" extends PApplet {\n");
        java.append("public void settings() {\n");
        settings.forEach(s -> java.append(s).append('\n'));
        java.append("}\n").append(body).append("}\n");
        return java.toString();
    }

    /** Appends {@code f} to decimal literals outside strings and comments. */
    static String floats(String line) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            boolean end = i == line.length();
            if (!end && !inString && line.startsWith("//", i)) {
                out.append(floatsIn(line.substring(start, i))).append(line.substring(i));
                return out.toString();
            }
            if (end || (line.charAt(i) == '"' && (i == 0 || line.charAt(i - 1) != '\\'))) {
                String part = line.substring(start, i);
                out.append(inString ? part : floatsIn(part));
                if (!end) {
                    out.append('"');
                }
                inString = !inString;
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String floatsIn(String code) {
        Matcher m = DECIMAL.matcher(code);
        return m.replaceAll("$1f");
    }
}
