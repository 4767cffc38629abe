/**
 * Lexicons: fixed lists of phrases (region names, indicator aliases) shipped as resources and found in text.
 * {@link org.xianzhi.core.lexicon.PhraseMatcher} finds the leftmost-longest, non-overlapping phrase occurrences of a
 * text in one left-to-right pass; {@link org.xianzhi.core.lexicon.TsvResource} reads the tab-separated tables the
 * lexicons are built from. Everything here is immutable once built and safe to share between threads.
 */
package org.xianzhi.core.lexicon;
