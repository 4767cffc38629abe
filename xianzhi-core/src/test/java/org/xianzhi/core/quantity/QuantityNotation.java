package org.xianzhi.core.quantity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The compact notation of the case table: {@code 58.26亿元=5826000000 元 number exact w:58.26亿元}, quantities
 * joined by {@code " ; "}, {@code -} for none. Written value and unit are shown only where they differ from value
 * and unit; scope and date only where set; an empty unit is {@code _}; a quantity that is no figure of a report
 * ({@link Quantity#figure}) ends in {@code general}.
 */
final class QuantityNotation {
    private QuantityNotation() {
    }

    static String of(String text, List<Quantity> quantities) {
        if (quantities.isEmpty()) {
            return "-";
        }
        return quantities.stream().map(q -> of(text, q)).collect(Collectors.joining(" ; "));
    }

    static String of(String text, Quantity q) {
        StringBuilder out = new StringBuilder();
        out.append(q.text(text)).append('=').append(number(q));
        out.append(' ').append(q.unit().isEmpty() ? "_" : q.unit());
        out.append(' ').append(q.kind().label()).append(' ').append(q.approx().label());
        String written = (q.writtenValue() == null ? "" : q.writtenValue().toPlainString()) + q.writtenUnit();
        String plain = (q.value() == null ? "" : q.value().toPlainString()) + q.unit();
        if (!written.equals(plain)) {
            out.append(" w:").append(written);
        }
        if (q.scope() != null) {
            out.append(" scope:").append(q.scope());
        }
        if (q.date() != null) {
            out.append(" date:").append(q.date());
        }
        if (!q.figure()) {
            out.append(" general");
        }
        return out.toString();
    }

    private static String number(Quantity q) {
        String low = q.value() == null ? "?" : q.value().toPlainString();
        return q.valueHigh() == null ? low : low + "~" + q.valueHigh().toPlainString();
    }
}
