/**
 * Text with provenance. A {@link org.xianzhi.core.text.TextFilter} turns text into a
 * {@link org.xianzhi.core.text.Rewrite} (new text plus, per character, the input span it came from);
 * {@link org.xianzhi.core.text.MappedText} composes rewrites so that every character of the final text maps back to a
 * span of the original document text. Guarantee: spans are in range and non-decreasing.
 * {@link org.xianzhi.core.text.Words} and {@link org.xianzhi.core.text.Digits} hold the word and digit tests the
 * filters and scanners share.
 */
package org.xianzhi.core.text;
