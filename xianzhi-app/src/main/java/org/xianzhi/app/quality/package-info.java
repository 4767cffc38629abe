/**
 * Quality flags: the consistency audit of a region's facts. Takes every fact about one region and gives, for each
 * fact that is implausible for its indicator (a county GDP of a million 亿元, GDP growth of 74%), that jumps tenfold
 * from the year before and back, or that disagrees with the region's other reports (two different actuals for one
 * year, a growth rate the two levels contradict), a {@link org.xianzhi.app.quality.QualityFlag} with its reason.
 * Pure: facts in, flags out; the plausible ranges are data ({@code plausible-ranges.tsv}).
 */
package org.xianzhi.app.quality;
