package com.kimberlite.migration.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measurements of one figure, in the order taken: its median, minimum and maximum.
 */
public final class Samples {

    private final List<Double> values = new ArrayList<>();

    /** @param value one measurement */
    public void add(double value) {
        values.add(value);
    }

    /** @return how many measurements */
    public int count() {
        return values.size();
    }

    /** @return the measurements, in the order taken */
    public List<Double> values() {
        return List.copyOf(values);
    }

    /** @return the median (the mean of the two middle values for an even count); NaN when empty */
    public double median() {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** @return the smallest; NaN when empty */
    public double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** @return the largest; NaN when empty */
    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
