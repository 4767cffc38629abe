/**
 * Repair of GBK mojibake: text that was GBK-encoded, lost a byte and was decoded again, so that a run of characters
 * came out one byte out of step ({@code ??諝馕廴疚餄舛戎笜} for {@code 。空氣污染物濃度指標}). Takes decoded text; gives
 * the runs to replace and what to replace them with, chosen by a character model of running Chinese (bigrams and
 * trigrams) read together with the characters, pairs and triples the document itself holds. Guarantees: never throws; repairs are ordered and disjoint; a run
 * is only replaced when the repair reads clearly better than the run.
 */
package org.xianzhi.core.normalize.gbk;
