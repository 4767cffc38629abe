package org.xianzhi.core.normalize.gbk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.xianzhi.core.normalize.pinyin.PinyinGloss;
import org.xianzhi.core.normalize.pinyin.PinyinReadings;

/**
 * Finds runs of GBK text that a decoder read one byte out of step, and the text they were.
 *
 * <p>When a byte of GBK text is lost, the decoder pairs each trail byte with the next lead byte and prints rare
 * characters ({@code 諝馕廴} for {@code 空氣污}) until an ASCII byte brings it back in step: either a trail byte in
 * 0x40–0x7E, printed as a letter ({@code 偼顿Y} for {@code 總投資}), or an invalid pair printed as {@code ?} (which
 * swallows the ASCII byte after it). A full-width {@code ？} or {@code ！} (A3 BF, A3 A1, later made ASCII) often
 * marks where the damage starts, and a lead byte left alone prints as a {@code ?} of its own.
 *
 * <p>So a run is re-encoded to the bytes it was decoded from, with an unknown byte where one was lost (before or after
 * the run's first byte, or hidden in a lone {@code ?}) and one where the run ends in a swallowed or dropped trail
 * byte. The bytes are paired again in step and decoded; the unknown bytes become every character they could be, and a
 * Viterbi pass over the {@link CharBigramModel} picks the likeliest. A pinyin gloss after the run ({@code ?biāo)})
 * names the reading of the run's last character and must agree. The repair is kept only when it is more probable than
 * the run as written by a clear margin; every other run is left alone. The few runs the search likes best are then
 * read again over the same stretch of text by the trigram model and the document's own words ({@link DocumentNgrams}),
 * which choose the run's ends: a county's name or an enumeration the report repeats tells the first character where
 * the model alone cannot.
 *
 * <p>The search is costly, so it only starts at a {@code ?}, {@code !}, U+FFFD or private-use character next to a
 * rare character, a lone ASCII letter among Han characters or another such mark, or at an ASCII character right after
 * a rare one. Thread-safe.
 */
public final class LostByteRepair {
    /** After a search from a rare cluster found nothing, how far on another cluster may start one. */
    private static final int CLUSTER_QUIET = 6;
    /** Characters on each side of a mark that tell the script of the text. */
    private static final int SCRIPT_CONTEXT = 60;
    /** Log-odds against a candidate written in the other script than the text around it. */
    private static final double OTHER_SCRIPT = -4.0;
    /** Below this log-probability a pair is one the model has not seen together: the back-off to unigrams. */
    private static final double UNSEEN_PAIR = -9.0;
    /** How close after a rare character another must be for the two to betray damage without a mark. */
    private static final int RARE_CLUSTER = 2;
    /** How far before the mark that betrays it a run may start. */
    private static final int MAX_BEFORE_MARK = 10;
    /** The longest run, in characters. */
    private static final int MAX_RUN = 20;
    /** The end of the Latin blocks (Latin-1 to Latin Extended-B), where pinyin's tone-marked letters are. */
    private static final char LATIN_END = '\u0250';
    /** Below this unigram log-probability a character is rare enough to look like mojibake. */
    private static final double RARE = -11.0;
    /** Log-odds against damage at any given place: a repair must read this much more probable than the run. */
    private static final double MARGIN = 10.0;
    /** Log-odds for a repair whose last character is what the pinyin gloss after the run says it is. */
    private static final double GLOSS_AGREES = 6.0;
    /** ASCII punctuation a run may hold as the full-width character a later step made ASCII (？ to ?). */
    private static final String FULL_WIDTH_IN_RUN = "?!,:;()%";
    /** Those of them that are prose punctuation, not marks of damage. */
    private static final String PROSE_MARKS_IN_RUN = ",:;()%";
    /**
     * Log-odds against each character of a run: damage is short, and a run one character longer than the damage
     * re-pairs clean text after it ({@code 报告蕉岭} for {@code 报告解读}), which the model may like as well.
     */
    private static final double RUN_CHARACTER = 1.0;
    /** How many of the runs the bigram search likes best are read again in context. */
    private static final int SHORTLIST = 4;
    private static final int UNKNOWN = -1;
    private static final char EDGE = '\n';

    /**
     * How a run starts: a byte lost at its first character, which leaves that character's other byte, lead or trail,
     * as the run's first byte; or a lead byte printed alone as {@code ?}.
     */
    private enum Start { LOST_BYTE, LONE_LEAD }

    private static final char[] NOTHING = {};

    private final GbkCodePage gbk = GbkCodePage.shared();
    private final PinyinReadings readings = PinyinReadings.shared();
    private final char[][] withLead = new char[GbkCodePage.LAST_LEAD - GbkCodePage.FIRST_LEAD + 1][];
    private final char[][] withTrail = new char[GbkCodePage.LAST_TRAIL - GbkCodePage.FIRST_TRAIL + 1][];
    /**
     * For each byte, the characters it is either half of: what a run's first character may have been when one of its
     * bytes was lost. Both readings decode the rest of the run alike, so only the model can tell them apart
     * ({@code 脑聪…} is {@code 婺源…}, 婺 having lost its lead byte, as much as {@code 能源…}, 能 its trail byte).
     */
    private final char[][] eitherHalf = new char[GbkCodePage.LAST_LEAD - GbkCodePage.FIRST_LEAD + 1][];
    /** The lists above by identity, numbered, for {@link BigramRows} to keep their rows. */
    private final Map<char[], Integer> listNumbers = new IdentityHashMap<>();

    public LostByteRepair() {
        for (int lead = GbkCodePage.FIRST_LEAD; lead <= GbkCodePage.LAST_LEAD; lead++) {
            withLead[lead - GbkCodePage.FIRST_LEAD] = pairsWith(lead, UNKNOWN);
            listNumbers.put(withLead[lead - GbkCodePage.FIRST_LEAD], listNumbers.size());
        }
        for (int trail = GbkCodePage.FIRST_TRAIL; trail <= GbkCodePage.LAST_TRAIL; trail++) {
            withTrail[trail - GbkCodePage.FIRST_TRAIL] = pairsWith(UNKNOWN, trail);
            listNumbers.put(withTrail[trail - GbkCodePage.FIRST_TRAIL], listNumbers.size());
        }
        for (int b = GbkCodePage.FIRST_LEAD; b <= GbkCodePage.LAST_LEAD; b++) {
            String either = new String(withLead[b - GbkCodePage.FIRST_LEAD])
                    + new String(withTrail[b - GbkCodePage.FIRST_TRAIL]);
            eitherHalf[b - GbkCodePage.FIRST_LEAD] = either.chars().distinct().collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
            listNumbers.put(eitherHalf[b - GbkCodePage.FIRST_LEAD], listNumbers.size());
        }
    }

    /**
     * Whether {@code text} holds any trace that damage leaves: a mark ({@code ?}, {@code !}, U+FFFD, private use), an
     * ASCII character in GBK's trail-byte range right after a non-ASCII one, or rare characters close together. One
     * cheap scan with table lookups only.
     */
    public boolean mayBeDamaged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c) || (isTrailByte(c) && i > 0 && text.charAt(i - 1) > 0x7F) || startsRareCluster(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The repairs for {@code text}, ordered and disjoint. */
    public List<GbkRepair> find(String text) {
        List<GbkRepair> found = new ArrayList<>();
        BigramRows rows = null;
        DocumentNgrams seen = null;
        int from = 0;
        int quietUntil = -1;
        for (int t = 0; t < text.length(); t++) {
            boolean cluster = false;
            if (isMarkTrigger(text, t) || (cluster = t >= quietUntil && startsRareCluster(text, t))) {
                if (rows == null) {
                    rows = new BigramRows(model(), listNumbers);
                    seen = DocumentNgrams.of(text);
                }
                GbkRepair best = bestRepairAround(text, t, from, rows, seen);
                if (best != null) {
                    found.add(best);
                    from = best.end();
                    t = from - 1;
                } else if (cluster) {
                    // the searches from the next few characters would try almost the same runs
                    quietUntil = t + CLUSTER_QUIET;
                }
            }
        }
        return found;
    }

    /**
     * Where the search starts: a mark among rare characters, or an ASCII character right after a rare one, which is
     * how a run ends when a trail byte in 0x40–0x7E brings the decoder back in step ({@code 偼顿Y}).
     */
    private boolean isMarkTrigger(String text, int t) {
        char c = text.charAt(t);
        if (isMark(c)) {
            return looksDamagedAround(text, t);
        }
        return isTrailByte(c) && t > 0 && isRare(text.charAt(t - 1));
    }

    /**
     * Whether a rare character at {@code t} has another within {@value #RARE_CLUSTER} characters after it: a run of
     * damage that no mark betrays ({@code 赵诟菲较氐谑} for {@code 日在阜平县第十七}) is dense with rare characters,
     * since its characters are pairs of bytes that no writer chose.
     */
    private boolean startsRareCluster(String text, int t) {
        char c = text.charAt(t);
        if (!isDamageLike(c)) {
            return false;
        }
        int to = Math.min(text.length(), t + 1 + RARE_CLUSTER);
        for (int i = t + 1; i < to; i++) {
            if (isDamageLike(text.charAt(i))) {
                // rare characters that the model knows together are a name (湄潭, 婺源), not damage
                return t + 1 >= text.length() || model().logProb(c, text.charAt(t + 1)) < UNSEEN_PAIR;
            }
        }
        return false;
    }

    /**
     * A character damage is made of: a rare Han character, or a kana, Greek, Cyrillic, bopomofo or box-drawing one
     * from GBK's symbol rows ({@code 皇亲酆鲜盗ξ炔}, {@code ト私Т蟮}), which county documents do not write. Not brackets
     * such as 【】, rare to the model but common on web pages, nor circled numbers (①, ⑴), which number lists.
     */
    private boolean isDamageLike(char c) {
        if (isHan(c)) {
            return isRare(c);
        }
        return gbk.encode(c) != 0 && ((c >= '\u0370' && c <= '\u052F') || (c >= '\u2500' && c <= '\u257F')
                || (c >= '\u3040' && c <= '\u312F'));
    }

    private static boolean isMark(char c) {
        return c == '?' || c == '!' || c == '\uFFFD' || GbkCodePage.isPrivateUse(c);
    }

    private static boolean isTrailByte(char c) {
        return c >= GbkCodePage.FIRST_TRAIL && c < 0x7F;
    }

    /** A rare character that mojibake is made of; Latin letters with tone marks are pinyin glosses, never that. */
    private boolean isRare(char c) {
        return c >= LATIN_END && gbk.encode(c) != 0 && model().unigramLogProb(c) < RARE;
    }

    private boolean looksDamagedAround(String text, int t) {
        if (GbkCodePage.isPrivateUse(text.charAt(t))) {
            return true;
        }
        int to = Math.min(text.length(), t + 3);
        for (int i = Math.max(0, t - 1); i < to; i++) {
            char c = text.charAt(i);
            if (i != t && GbkCodePage.isPrivateUse(c)) {
                return true;
            }
            if (isRare(c)) {
                return true;
            }
            if (isAsciiLetter(c) && i > 0 && i + 1 < text.length()
                    && !isAsciiLetter(text.charAt(i - 1)) && gbk.encode(text.charAt(i + 1)) != 0) {
                return true;
            }
        }
        return false;
    }

    private GbkRepair bestRepairAround(String text, int mark, int from, BigramRows rows, DocumentNgrams seen) {
        Best best = new Best(mark, scriptAround(text, mark), !isQuestion(text.charAt(mark)) && text.charAt(mark) != '!');
        for (int s = Math.max(from, mark - MAX_BEFORE_MARK); s <= mark; s++) {
            for (Start start : Start.values()) {
                searchFrom(text, s, start, best, rows);
            }
        }
        // the runs are read over the same stretch of text, so that one leaving damage as written reads as damaged
        int lo = text.length();
        int hi = 0;
        for (Run run : best.runs) {
            if (run.gain() >= MARGIN) {
                lo = Math.min(lo, run.start());
                hi = Math.max(hi, run.end());
            }
        }
        if (hi == 0) {
            // no run reads clearly better than the text as written
            return null;
        }
        DocumentNgrams.Without cache = seen.without(text.subSequence(Math.max(0, lo - 2), Math.min(text.length(), hi + 2)));
        GbkRepair chosen = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Run run : best.runs) {
            if (run.gain() < MARGIN) {
                continue;
            }
            char afterAfter = run.end() + 1 < text.length() ? text.charAt(run.end() + 1) : EDGE;
            String repaired = run.decoding().lattice().refineEnds(run.decoding(), afterAfter, cache) + run.restored();
            String stretch = text.substring(lo, run.start()) + repaired + text.substring(run.end(), hi);
            double reading = reading(text, lo, hi, stretch, cache) + (run.glossAgrees() ? GLOSS_AGREES : 0)
                    - RUN_CHARACTER * (run.end() - run.start()) + OTHER_SCRIPT * otherScript(repaired, best.script);
            if (reading > top) {
                top = reading;
                chosen = new GbkRepair(run.start(), run.end(), repaired);
            }
        }
        return chosen;
    }

    /**
     * How many characters of {@code repaired} are written in the other script than the text around: a run out of step
     * by a byte decodes to any character, and one of the other script ({@code 貧困} in Simplified text) betrays it.
     */
    private static int otherScript(String repaired, CharBigramModel.Script script) {
        if (script == CharBigramModel.Script.BOTH) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < repaired.length(); i++) {
            CharBigramModel.Script own = model().script(repaired.charAt(i));
            if (own != CharBigramModel.Script.BOTH && own != script) {
                count++;
            }
        }
        return count;
    }

    /**
     * How well {@code middle} reads in place of {@code [s, end)}, two characters of context on each side, by the
     * trigram model and the document's own counts. The runs found by the bigram search are
     * compared again by this, as they are refined by it: a run one character too long can read better to the bigrams
     * ({@code 报告蕉岭} for {@code 报告解读}) and worse to all the rest.
     */
    private double reading(String text, int s, int end, CharSequence middle, DocumentNgrams.Without cache) {
        CharBigramModel model = model();
        int from = Math.max(0, s - 2);
        String window = text.substring(from, s) + middle + text.substring(end, Math.min(text.length(), end + 2));
        double logProb = 0;
        for (int i = s - from; i < window.length(); i++) {
            logProb += cache.logProb(model, i > 1 ? window.charAt(i - 2) : EDGE, i > 0 ? window.charAt(i - 1) : EDGE,
                    window.charAt(i));
        }
        return logProb;
    }

    /**
     * The script of the text around a mark, by the majority of the characters whose form tells it, or
     * {@link CharBigramModel.Script#BOTH} when none does. The damage itself is mostly of characters whose form tells
     * nothing or is at odds with the text, and the clean text on both sides outweighs it.
     */
    private CharBigramModel.Script scriptAround(String text, int mark) {
        int simplified = 0;
        int traditional = 0;
        CharBigramModel model = model();
        for (int i = Math.max(0, mark - SCRIPT_CONTEXT); i < Math.min(text.length(), mark + SCRIPT_CONTEXT); i++) {
            switch (model.script(text.charAt(i))) {
                case SIMPLIFIED -> simplified++;
                case TRADITIONAL -> traditional++;
                default -> { }
            }
        }
        if (simplified == traditional) {
            return CharBigramModel.Script.BOTH;
        }
        return simplified > traditional ? CharBigramModel.Script.SIMPLIFIED : CharBigramModel.Script.TRADITIONAL;
    }

    /** Tries every run that starts at {@code s} the given way and reaches the mark, keeping the best in {@code best}. */
    private void searchFrom(String text, int s, Start start, Best best, BigramRows rows) {
        if (start == Start.LONE_LEAD ? !startsLone(text, s) : startsInStep(text.charAt(s))) {
            return;
        }
        int firstMiddle = start == Start.LONE_LEAD ? s + 1 : s;
        if (!reachesMark(text, firstMiddle, best.mark)) {
            return;
        }
        int limit = Math.min(text.length(), s + MAX_RUN);
        Lattice lattice = new Lattice(s > 1 ? text.charAt(s - 2) : EDGE, s > 0 ? text.charAt(s - 1) : EDGE, rows,
                best.script);
        // the bytes not yet paired: the run's lost lead byte, or a middle character's trail byte
        int pending = UNKNOWN;
        for (int m = firstMiddle; m <= limit; m++) {
            if (m > firstMiddle) {
                tryEnds(text, s, lattice, pending, m, best);
            }
            int pair = m == limit ? -1 : middlePair(text.charAt(m));
            if (pair < 0) {
                return;
            }
            boolean paired;
            if (start == Start.LOST_BYTE && m == firstMiddle) {
                paired = lattice.push(eitherHalf(pair >>> 8), false);
            } else {
                paired = lattice.push(candidates(pending, pair >>> 8, null), pending != UNKNOWN);
            }
            if (!paired) {
                return;
            }
            pending = pair & 0xFF;
        }
    }

    /**
     * Whether a run whose middle starts at {@code firstMiddle} can go on up to the mark; only ends past the mark are
     * considered, so a run that breaks before it is not worth its lattice.
     */
    private boolean reachesMark(String text, int firstMiddle, int mark) {
        for (int m = firstMiddle; m < mark; m++) {
            if (middlePair(text.charAt(m)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Tries the ways a run can end at {@code m}, its last character being {@code pending} and one more byte. */
    private void tryEnds(String text, int s, Lattice lattice, int pending, int m, Best best) {
        int n = text.length();
        if (m < n && text.charAt(m) >= 0x40 && text.charAt(m) <= 0x7E) {
            consider(text, s, m + 1, lattice, pending, text.charAt(m), "", PinyinGloss.at(text, m + 1), best);
        }
        if (m < n && isQuestion(text.charAt(m))) {
            PinyinGloss bare = PinyinGloss.bodyAt(text, m + 1);
            if (bare != null) {
                consider(text, s, m + 1, lattice, pending, UNKNOWN, "(", bare, best);
            } else {
                PinyinGloss gloss = PinyinGloss.at(text, m + 1);
                consider(text, s, m + 1, lattice, pending, UNKNOWN, gloss == null ? "?" : "", gloss, best);
            }
        }
        if (best.endsInStep || m == n || text.charAt(m) < 0x80) {
            // the run's last trail byte was lost (or dropped with an invalid pair), and the text after it is in step
            consider(text, s, m, lattice, pending, UNKNOWN, "", PinyinGloss.at(text, m), best);
        }
    }

    /**
     * Completes the lattice with the pair {@code (lead, trail)} and compares its likeliest decoding, plus
     * {@code restored}, with the run {@code [s, end)} as written.
     */
    private void consider(String text, int s, int end, Lattice lattice, int lead, int trail, String restored,
            PinyinGloss gloss, Best best) {
        if (end <= best.mark) {
            return;
        }
        char after = end < text.length() ? text.charAt(end) : EDGE;
        Decoding decoding;
        if (gloss == null) {
            decoding = lattice.finish(lead, trail, null, restored, after);
        } else {
            // the gloss will go, so the repair is read against what follows it
            String lastReading = gloss.syllables().get(gloss.syllables().size() - 1);
            char afterGloss = gloss.end() < text.length() ? text.charAt(gloss.end()) : EDGE;
            decoding = lattice.finish(lead, trail, lastReading, "", afterGloss);
        }
        if (decoding == null) {
            return;
        }
        double gain = decoding.logProb - asWritten(text, s, end, lattice.before, after);
        best.offer(new Run(gain, decoding, s, end, restored, gloss != null));
    }

    /** A run found by the search: its gain over the text as written, its decoding and what the repair restores. */
    private record Run(double gain, Decoding decoding, int start, int end, String restored, boolean glossAgrees) {
    }

    private double asWritten(String text, int s, int end, char before, char after) {
        CharBigramModel model = model();
        double logProb = 0;
        char prev = before;
        for (int i = s; i < end; i++) {
            logProb += model.logProb(prev, text.charAt(i));
            prev = text.charAt(i);
        }
        return logProb + model.logProb(prev, after);
    }

    /** A run's likeliest decoding by the bigram search, with what {@link Lattice#refineEnds} needs. */
    private record Decoding(String text, double logProb, Lattice lattice, char[] lastList, char after) {
    }

    /**
     * A Viterbi lattice over the pairs of a run, grown one pair at a time as the run grows, so that trying every end
     * of a run costs only its last pair.
     */
    private final class Lattice {
        final char beforeBefore;
        final char before;
        final BigramRows rows;
        final List<char[]> candidates = new ArrayList<>();
        final List<int[]> back = new ArrayList<>();
        double[] score;
        /** Pairs with both bytes known: a run needs one, or its unknown bytes alone could spell anything. */
        int knownPairs;

        /** The script of the text around: a candidate written in the other one is unlikely. */
        final CharBigramModel.Script script;

        Lattice(char beforeBefore, char before, BigramRows rows, CharBigramModel.Script script) {
            this.beforeBefore = beforeBefore;
            this.before = before;
            this.rows = rows;
            this.script = script;
        }

        /**
         * Lowers the scores of the candidates of a list of many written in the other script than the text's: the model
         * reads {@code 關} as {@code 关}, and only the text around tells which of the two the writer used.
         */
        private void penalizeOtherScript(char[] list, double[] scores) {
            if (list.length < 2 || script == CharBigramModel.Script.BOTH) {
                return;
            }
            CharBigramModel model = model();
            for (int j = 0; j < list.length; j++) {
                CharBigramModel.Script own = model.script(list[j]);
                if (own != CharBigramModel.Script.BOTH && own != script) {
                    scores[j] += OTHER_SCRIPT;
                }
            }
        }

        /**
         * Adds a character, one of {@code next}; false when there is none, so no longer run can decode either.
         * {@code known}: it was decoded from two known bytes.
         */
        boolean push(char[] next, boolean known) {
            if (next.length == 0) {
                return false;
            }
            int[] from = new int[next.length];
            score = step(next, from);
            penalizeOtherScript(next, score);
            candidates.add(next);
            back.add(from);
            if (known) {
                knownPairs++;
            }
            return true;
        }

        /** The likeliest decoding with {@code (lead, trail)} as the last pair, or null when there is none. */
        Decoding finish(int lead, int trail, String reading, String restored, char after) {
            if (knownPairs == 0 && (lead == UNKNOWN || trail == UNKNOWN)) {
                return null;
            }
            char[] last = candidates(lead, trail, reading);
            if (last.length == 0) {
                return null;
            }
            int[] from = new int[last.length];
            double[] lastScore = step(last, from);
            penalizeOtherScript(last, lastScore);
            double[] tails = tails(last, restored, after);
            int best = 0;
            double top = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < last.length; j++) {
                double v = lastScore[j] + tails[j];
                if (v > top) {
                    top = v;
                    best = j;
                }
            }
            int pairs = candidates.size() + 1;
            char[] out = new char[pairs];
            out[pairs - 1] = last[best];
            int j = from[best];
            for (int p = pairs - 2; p >= 0; p--) {
                out[p] = candidates.get(p)[j];
                j = back.get(p)[j];
            }
            char[] lastList = reading == null && restored.isEmpty() ? last : new char[] {last[best]};
            return new Decoding(new String(out), reading == null ? top : top + GLOSS_AGREES, this, lastList, after);
        }

        /**
         * The decoding with its first and last characters chosen again by the trigram model, which reads two
         * characters on each side ({@code 稳中提?增效}); the bigram search is too short-sighted for the ends, where the
         * lost bytes leave a hundred candidates and the middle is known.
         */
        String refineEnds(Decoding decoding, char afterAfter, DocumentNgrams.Without cache) {
            char[] out = decoding.text.toCharArray();
            int n = out.length;
            CharBigramModel model = model();
            char[] first = candidates.get(0);
            if (first.length > 1 && n >= 3) {
                out[0] = bestOf(first, x -> cache.logProb(model, beforeBefore, before, x)
                        + cache.logProb(model, before, x, out[1]) + cache.logProb(model, x, out[1], out[2]), out[0]);
            }
            char[] last = decoding.lastList;
            if (last.length > 1 && n >= 3) {
                char after = decoding.after;
                out[n - 1] = bestOf(last, y -> cache.logProb(model, out[n - 3], out[n - 2], y)
                        + cache.logProb(model, out[n - 2], y, after) + cache.logProb(model, y, after, afterAfter),
                        out[n - 1]);
            }
            return new String(out);
        }

        private char bestOf(char[] list, java.util.function.ToDoubleFunction<Character> score, char chosen) {
            double[] scores = new double[list.length];
            for (int j = 0; j < list.length; j++) {
                scores[j] = score.applyAsDouble(list[j]);
            }
            penalizeOtherScript(list, scores);
            int best = -1;
            for (int j = 0; j < list.length; j++) {
                if (best < 0 || scores[j] > scores[best]) {
                    best = j;
                }
            }
            return best < 0 ? chosen : list[best];
        }

        /** Forward scores of {@code next} after the lattice so far, with the best predecessor of each in {@code from}. */
        private double[] step(char[] next, int[] from) {
            if (candidates.isEmpty()) {
                return rows.after(before, next).clone();
            }
            double[] out = new double[next.length];
            char[] prev = candidates.get(candidates.size() - 1);
            // a run has at most one pair of many candidates at each end, so one of the two sides is a single one
            double[] single = prev.length == 1 ? rows.after(prev[0], next) : null;
            for (int j = 0; j < next.length; j++) {
                double[] column = single == null ? rows.before(prev, next[j]) : null;
                double top = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < prev.length; i++) {
                    double v = score[i] + (single == null ? column[i] : single[j]);
                    if (v > top) {
                        top = v;
                        from[j] = i;
                    }
                }
                out[j] = top;
            }
            return out;
        }

        /** For each last character, the log-probability of {@code restored} and then {@code after} following it. */
        private double[] tails(char[] last, String restored, char after) {
            double[] first = rows.before(last, restored.isEmpty() ? after : restored.charAt(0));
            // the rest of the tail is the same after every last character
            CharBigramModel model = model();
            double[] rest = new double[restored.length()];
            for (int i = 0; i < restored.length(); i++) {
                rest[i] = model.logProb(restored.charAt(i), i + 1 < restored.length() ? restored.charAt(i + 1) : after);
            }
            double[] out = new double[last.length];
            for (int j = 0; j < last.length; j++) {
                double logProb = 0;
                logProb += first[j];
                for (double term : rest) {
                    logProb += term;
                }
                out[j] = logProb;
            }
            return out;
        }
    }

    /** The characters a pair may have been; an unknown byte stands for every byte; a reading narrows them. */
    private char[] candidates(int lead, int trail, String reading) {
        char[] all;
        if ((lead == UNKNOWN && trail == UNKNOWN) || (lead != UNKNOWN && (lead < GbkCodePage.FIRST_LEAD
                || lead > GbkCodePage.LAST_LEAD)) || (trail != UNKNOWN && trail < GbkCodePage.FIRST_TRAIL)) {
            return NOTHING;
        } else if (lead == UNKNOWN) {
            all = withTrail[trail - GbkCodePage.FIRST_TRAIL];
        } else if (trail == UNKNOWN) {
            all = withLead[lead - GbkCodePage.FIRST_LEAD];
        } else {
            char c = gbk.decode(lead, trail);
            all = GbkCodePage.isRepairOutput(c) ? new char[] {c} : NOTHING;
        }
        if (reading == null) {
            return all;
        }
        char[] read = new char[all.length];
        int count = 0;
        for (char c : all) {
            if (readings.isReading(c, reading)) {
                read[count++] = c;
            }
        }
        return Arrays.copyOf(read, count);
    }

    /** The characters {@code b} is either half of, or none when it is no lead byte. */
    private char[] eitherHalf(int b) {
        return b < GbkCodePage.FIRST_LEAD || b > GbkCodePage.LAST_LEAD ? NOTHING : eitherHalf[b - GbkCodePage.FIRST_LEAD];
    }

    /** Every character a repair may produce from {@code lead} and any trail byte, or {@code trail} and any lead. */
    private char[] pairsWith(int lead, int trail) {
        StringBuilder out = new StringBuilder();
        for (int l = lead == UNKNOWN ? GbkCodePage.FIRST_LEAD : lead; l <= (lead == UNKNOWN ? GbkCodePage.LAST_LEAD : lead); l++) {
            for (int t = trail == UNKNOWN ? GbkCodePage.FIRST_TRAIL : trail;
                    t <= (trail == UNKNOWN ? GbkCodePage.LAST_TRAIL : trail); t++) {
                char c = gbk.decode(l, t);
                if (GbkCodePage.isRepairOutput(c)) {
                    out.append(c);
                }
            }
        }
        return out.toString().toCharArray();
    }

    /** The two bytes a character inside a run was decoded from, or -1 when it cannot be inside one. */
    private int middlePair(char c) {
        if (c < 0x80) {
            // a pair that decoded to a full-width punctuation mark or letter (Ｒ is A3 D2), made ASCII by a later
            // step; not digits or backslashes, which text next to a run holds as written (〔1〕, \n)
            return FULL_WIDTH_IN_RUN.indexOf(c) >= 0 || isAsciiLetter(c) ? GbkCodePage.FULL_WIDTH_LEAD << 8 | (c + 0x80) : -1;
        }
        int pair = gbk.encode(c);
        return pair == 0 ? -1 : pair;
    }

    /**
     * Whether a run cannot start at {@code c} by a lost byte: an ASCII punctuation mark of prose. Inside a run such a
     * mark is a full-width one a later step made ASCII, but a run's first character is a lost character's other byte
     * and the next one's lead, which is a full-width mark once in hundreds of times, while runs right after a clean
     * {@code ;} or {@code ,} are common ({@code 效益;积极} is not {@code 效益。积极}). Letters stay: clean text seldom
     * puts one between Han characters, and 常务 damaged is {@code N窀}.
     */
    private static boolean startsInStep(char c) {
        return c < 0x80 && PROSE_MARKS_IN_RUN.indexOf(c) >= 0;
    }

    /**
     * Whether the {@code ?} at {@code s} may be a lead byte printed alone. It is seen only before punctuation
     * ({@code ??}, {@code ?!}, {@code ?。}); elsewhere the reading would just let the search drop a character.
     */
    private boolean startsLone(String text, int s) {
        if (!isQuestion(text.charAt(s)) || s + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(s + 1);
        int lead = gbk.encode(next) >>> 8;
        return FULL_WIDTH_IN_RUN.indexOf(next) >= 0 || lead == 0xA1 || lead == GbkCodePage.FULL_WIDTH_LEAD;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    private static boolean isQuestion(char c) {
        return c == '?' || c == '\uFFFD';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static CharBigramModel model() {
        return CharBigramModel.shared();
    }

    /** The best repair seen so far while searching around one mark. */
    private static final class Best {
        final int mark;
        final CharBigramModel.Script script;
        /**
         * Whether a run may end anywhere, its last trail byte lost with the text after it in step: damage that no
         * {@code ?} betrays. A run that a {@code ?} betrays ends at a {@code ?} or an ASCII byte, as the decoder
         * printed it, and trying every other end would cost a decoding each.
         */
        final boolean endsInStep;
        /** The best runs by their gain, best first: the bigram search's shortlist, read again in context. */
        final List<Run> runs = new ArrayList<>(SHORTLIST + 1);

        Best(int mark, CharBigramModel.Script script, boolean endsInStep) {
            this.mark = mark;
            this.script = script;
            this.endsInStep = endsInStep;
        }

        void offer(Run run) {
            int at = runs.size();
            while (at > 0 && runs.get(at - 1).gain() < run.gain()) {
                at--;
            }
            if (at < SHORTLIST) {
                runs.add(at, run);
                if (runs.size() > SHORTLIST) {
                    runs.remove(SHORTLIST);
                }
            }
        }
    }
}
