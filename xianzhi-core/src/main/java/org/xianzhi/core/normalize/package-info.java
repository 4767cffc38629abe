/**
 * Normalize: original text to clean simplified text with an offset map. Takes the decoded original text; gives a
 * {@link org.xianzhi.core.text.MappedText} whose every character maps back to the original span it came from.
 * Guarantees: never throws on any input; offsets in range and in order; clean simplified text passes unchanged.
 */
package org.xianzhi.core.normalize;
