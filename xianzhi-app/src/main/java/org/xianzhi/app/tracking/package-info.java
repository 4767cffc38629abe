/**
 * Target tracking: every target fact paired with the actual reported for the same region, indicator, measure and
 * period, and judged met, close, missed or not yet known. Pure: facts in, verdicts out; the store supplies the facts.
 */
package org.xianzhi.app.tracking;
