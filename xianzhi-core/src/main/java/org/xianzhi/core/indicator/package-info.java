/**
 * Indicators: the taxonomy of what county documents report (地区生产总值, 一般公共预算收入, 接待游客, …), shipped as
 * {@code indicators.tsv}. {@link org.xianzhi.core.indicator.IndicatorTaxonomy} gives each indicator's canonical name,
 * aliases, canonical unit, dimension and sensible measures, and finds alias mentions in normalized simplified text
 * (leftmost-longest, non-overlapping, with offsets). Non-core indicators are listed too, so that a figure about
 * 全部财政收入 or 农村集体经济收入 is recognised as such and never read as a core indicator. Immutable, thread-safe.
 */
package org.xianzhi.core.indicator;
