package dev.gatehouse.bootstrap.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Compares the response times of two kinds of request by their medians, which one slow outlier cannot move. */
final class Timing {

    private Timing() {
    }

    static boolean mediansWithin(List<Long> first, List<Long> second, double tolerance) {
        long a = median(first);
        long b = median(second);
        return Math.abs(a - b) <= tolerance * Math.max(a, b);
    }

    static String describe(List<Long> first, List<Long> second) {
        return "medians " + median(first) / 1_000_000.0 + " ms and " + median(second) / 1_000_000.0 + " ms";
    }

    static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
