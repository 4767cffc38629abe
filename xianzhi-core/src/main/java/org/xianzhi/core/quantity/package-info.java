/**
 * Quantities: every number, unit, percentage, date and period in normalized text, read exactly. Takes a string
 * (normally the output of {@link org.xianzhi.core.normalize.Normalizer}); gives {@link org.xianzhi.core.quantity.Quantity}
 * records with UTF-16 offsets into that string, in text order. Values are exact {@link java.math.BigDecimal}s with
 * magnitude words (万, 亿) multiplied out; the value and unit as written are kept beside them.
 * Besides the figures of reports it reads what a general recognizer of Chinese numbers reads (一只, 五折, 一打, 2e5, 40k,
 * 二十几万, 三兆, numerals split by OCR spaces), marked {@code figure = false} so that facts are never made of them.
 * Guarantees: never throws on any input; offsets in range, non-overlapping and ordered; one pass (a clause with a stray
 * space inside a number is read twice at most), no regular expressions.
 */
package org.xianzhi.core.quantity;
