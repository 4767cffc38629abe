package org.xianzhi.core.quantity;

import java.math.BigDecimal;

/**
 * Division by a magnitude ({@code 58.26亿} is 5826000000 over 1e8). {@link BigDecimal#divide(BigDecimal)} gets there
 * through a long division sized for any divisor, which showed up high in profiles of extraction; dividing by a power
 * of ten only moves the decimal point. The result is the same {@link BigDecimal}, scale included.
 */
public final class PowerOfTen {
    private static final long[] POWERS = new long[19];

    static {
        long power = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = power;
            power *= 10;
        }
    }

    private PowerOfTen() {
    }

    /**
     * Exactly {@code dividend.divide(divisor)}: the exact quotient at the scale closest to the dividend's scale minus
     * the divisor's; throws as that does when the quotient has no finite decimal expansion or the divisor is zero.
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        int exponent = divisor.signum() > 0 && divisor.precision() <= 18 ? exponentOf(divisor.unscaledValue().longValue()) : -1;
        if (exponent < 0 || dividend.precision() > 18) {
            return dividend.divide(divisor);
        }
        long preferredScale = (long) dividend.scale() - divisor.scale();
        long scale = preferredScale + exponent;
        if (scale != (int) scale || preferredScale != (int) preferredScale) {
            return dividend.divide(divisor);
        }
        long unscaled = dividend.unscaledValue().longValue();
        if (unscaled == 0) {
            return BigDecimal.valueOf(0, (int) preferredScale);
        }
        // the exact quotient has the dividend's digits; drop the trailing zeros the point moved past, as divide does
        while (scale > preferredScale && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, (int) scale);
    }

    /** The {@code k} with {@code 10^k == value}, or -1 when {@code value} is no power of ten. */
    private static int exponentOf(long value) {
        for (int k = 0; k < POWERS.length; k++) {
            if (POWERS[k] == value) {
                return k;
            }
        }
        return -1;
    }
}
