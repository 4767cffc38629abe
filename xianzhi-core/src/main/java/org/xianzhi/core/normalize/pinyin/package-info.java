/**
 * Pinyin: the readings of Chinese characters (from pinyin4j, Traditional and Simplified alike) and the parsing of pinyin
 * glosses such as {@code 發(fā)展}. Takes characters and text positions; gives readings without tones and parsed glosses.
 * Guarantees: no lookup throws, whatever the character (surrogates and non-Chinese characters simply have no reading).
 */
package org.xianzhi.core.normalize.pinyin;
