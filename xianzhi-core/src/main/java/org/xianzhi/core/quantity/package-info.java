/**
 * Quantities: every number, unit, percentage, date and period in normalized text, read exactly. Takes a string
 * (normally the output of {@link org.xianzhi.core.normalize.Normalizer}); gives {@link org.xianzhi.core.quantity.Quantity}
 * records with UTF-16 offsets into that string, in text order. Values are exact {@link java.math.BigDecimal}s with
 * magnitude words (万, 亿) multiplied out; the value and unit as written are kept beside them.
 * Guarantees: never throws on any input; offsets in range, non-overlapping and ordered; one pass, no regular expressions.
 */
package org.xianzhi.core.quantity;
