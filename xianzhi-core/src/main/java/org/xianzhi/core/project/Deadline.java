package org.xianzhi.core.project;

import java.time.LocalDate;

/**
 * A deadline phrase found in normalized text, {@code [start, end)}, resolved to the last day it allows.
 *
 * @param explicitYear whether the phrase wrote its year ({@code 2025年6月30日前}) rather than leaving it to the
 *                     document ({@code 年底前})
 */
public record Deadline(int start, int end, LocalDate date, boolean explicitYear) {
}
