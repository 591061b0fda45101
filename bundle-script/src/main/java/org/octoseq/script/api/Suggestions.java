package org.octoseq.script.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest names to a misspelt one (Levenshtein distance at most 2, case-insensitive). */
final class Suggestions {

    static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    static List<String> closest(String wrong, List<String> candidates, int limit) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
                .map(c -> java.util.Map.entry(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= MAX_DISTANCE)
                .sorted(Comparator.comparingInt(java.util.Map.Entry<String, Integer>::getValue)
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
    }

    static int distance(String a, String b) {
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
