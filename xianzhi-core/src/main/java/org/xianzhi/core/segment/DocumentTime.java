package org.xianzhi.core.segment;

/**
 * When a document speaks from, and whose results it reports when a figure names no year.
 *
 * @param date       the document's date: {@code 今年} is its year, plans without a year are for it
 * @param resultYear the year a result without a year belongs to: the year a work report reviews (the one before its
 *                   own), the year a bulletin's title names, or else {@link DocumentDate#resultYear()}
 */
public record DocumentTime(DocumentDate date, int resultYear) {
}
