/**
 * Segment: normalized text to sentences, clauses and sections. Takes clean simplified text; gives sentences with
 * offsets into that text, each split into clauses and placed in a section that says whether its figures are results
 * or plans.
 */
package org.xianzhi.core.segment;
