package org.octoseq.script.signal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Closest names to a misspelt one (Levenshtein distance at most {@value #MAX_DISTANCE}, case-insensitive), for the
 * "did you mean" of the help and of the warning about an unknown member.
 */
public final class Suggestions {

    public static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** At most {@code limit} candidates within the distance, nearest first, then alphabetically. */
    public static List<String> closest(String wrong, List<String> candidates, int limit) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
                .map(c -> Map.entry(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= MAX_DISTANCE)
                .sorted(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** The Levenshtein distance between {@code a} and {@code b} (case-sensitive). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
