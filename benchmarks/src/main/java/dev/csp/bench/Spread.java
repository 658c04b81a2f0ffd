package dev.csp.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The same figure over several repetitions: the median and how far the runs spread around it. */
record Spread(int runs, double min, double median, double max) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            return new Spread(0, 0, 0, 0);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(n, sorted.get(0), median, sorted.get(n - 1));
    }

    String brief(String unit) {
        if (runs <= 1) {
            return Text.num(median) + unit;
        }
        return Text.num(median) + unit + " (" + Text.num(min) + "–" + Text.num(max) + ", " + runs + " runs)";
    }
}
