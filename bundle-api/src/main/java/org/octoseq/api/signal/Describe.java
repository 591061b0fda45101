package org.octoseq.api.signal;

/** Number and name formatting for {@link Signal#describe()}. */
final class Describe {

    private Describe() {
    }

    /** Shortest form: {@code 1} not {@code 1.0}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String capitalise(String op) {
        StringBuilder b = new StringBuilder(op.length());
        boolean up = true;
        for (char c : op.toCharArray()) {
            if (c == '_') {
                up = true;
                continue;
            }
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '.';
        }
        return b.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
