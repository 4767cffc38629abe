package org.xianzhi.app.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The median of a bench's measured rounds and how far they spread (lowest and highest), so that a figure printed
 * alone never hides how much it moved: on a shared machine one round says little.
 */
public record Spread(double median, double min, double max, int rounds) {
    /** Of the measured values, at least one. */
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1], n);
    }

    /** {@code 123.4 (min 118.0, max 130.2, 3 rounds)} with the given format for each figure. */
    public String format(String figure) {
        return String.format(Locale.ROOT, figure + " (min " + figure + ", max " + figure + ", %d rounds)",
                median, min, max, rounds);
    }

    /** The spread as a share of the median: (max - min) / median. */
    public double relative() {
        return median == 0 ? 0 : (max - min) / median;
    }

    /**
     * Runs warm-up rounds until two in a row agree within {@code tolerance} (a share: 0.05 is 5%) or {@code maxRounds}
     * have run: a JIT-compiled hot loop can take several rounds to reach its speed, and a measured round before that
     * reports the compiler, not the code.
     *
     * @param round runs one round and returns its rate (higher is faster)
     * @return the rates of the warm-up rounds, in order
     */
    public static double[] warmUp(DoubleSupplier round, double tolerance, int maxRounds) {
        double[] rates = new double[maxRounds];
        for (int i = 0; i < maxRounds; i++) {
            rates[i] = round.getAsDouble();
            if (i > 0 && Math.abs(rates[i] - rates[i - 1]) <= tolerance * Math.max(rates[i], rates[i - 1])) {
                return Arrays.copyOf(rates, i + 1);
            }
        }
        return rates;
    }
}
