package org.xianzhi.core.normalize.gbk;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A character model of running Simplified Chinese, for telling real text from mojibake. Characters are mapped to
 * Simplified first, so Traditional text scores as well as Simplified; digits are one class, and so are the marks that
 * end a sentence. The probability of {@code c} after {@code prev} is the discounted share of {@code prev}'s
 * occurrences followed by {@code c}, plus {@code prev}'s back-off weight times the unigram probability of {@code c};
 * where three characters were counted together, {@link #logProb(char, char, char)} refines it. The counts come from
 * HanLP's word and word-bigram frequencies of running text (see the builder in the test tree,
 * {@code CharBigramModelBuilder}, which writes the resource {@value #RESOURCE}). Punctuation, digits and Latin letters
 * get fixed unigram probabilities typical of Chinese prose. Immutable and thread-safe; load it once through
 * {@link #shared()}.
 */
public final class CharBigramModel {
    static final String RESOURCE = "char-bigrams.bin.gz";
    static final int MAGIC = 0x585A4342;
    static final int VERSION = 2;

    /** Log-probability of a character nothing in the model vouches for: rare symbols, kana, unknown Han. */
    static final float UNKNOWN = (float) Math.log(1e-9);

    /**
     * Latin words and numbers in Chinese prose run on: after a letter or digit comes another one (log of
     * 0.7 spread over about 36), and only then the word boundary that any character may follow.
     */
    private static final double ALPHANUMERIC_GOES_ON = Math.log(0.7 / 36);
    private static final float ALPHANUMERIC_ENDS = (float) Math.log(0.3);

    private static final String PUNCTUATION = "，,。．、；;：:？?！!“”‘’\"'（）()《》%％—…·";
    private static final double[] PUNCTUATION_PROBABILITY = {
        0.05, 0.05, 0.03, 0.001, 0.01, 0.002, 0.002, 0.004, 0.004, 0.001, 0.001, 0.001, 0.001,
        0.006, 0.006, 0.001, 0.001, 0.001, 0.001, 0.003, 0.003, 0.003, 0.003, 0.002, 0.002, 0.002, 0.002,
        0.001, 0.001, 0.001};

    /** The probability of a punctuation mark, bracket or full-width form not listed in {@link #PUNCTUATION}. */
    private static final double OTHER_MARK = 0.0002;

    /** How much a counted trigram outweighs the bigram it refines. */
    private static final double TRIGRAM_WEIGHT = 0.8;

    private long[] tripleKeys = new long[1];
    private float[] tripleValues = new float[1];
    private final float[] unigram;
    private final float[] boundary;
    private final char[] simplified;
    private final int[] keys;
    private final float[] values;
    private final int mask;
    /**
     * For each character, one bit per class of the characters that follow it in some bigram ({@link #classBit}), and
     * the same for the characters that precede it. Most pairs the repair search asks about are of rare characters
     * and in no bigram; a clear bit says so without probing the large table, whose lookups miss the cache.
     */
    private final long[] followerClasses = new long[1 << 16];
    private final long[] precederClasses = new long[1 << 16];

    /** Characters that are the Simplified form of some other character ({@code 关} of {@code 關}). */
    private final boolean[] simplifiedForm = new boolean[1 << 16];

    private CharBigramModel(float[] unigram, float[] boundary, char[] simplified, int[] keys, float[] values) {
        this.unigram = unigram;
        this.boundary = boundary;
        this.simplified = simplified;
        for (int c = 0; c < simplified.length; c++) {
            if (simplified[c] != c && isHan((char) c)) {
                simplifiedForm[simplified[c]] = true;
            }
        }
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        for (int key : keys) {
            if (key != 0) {
                char first = (char) (key >>> 16);
                char second = (char) key;
                followerClasses[first] |= classBit(second);
                precederClasses[second] |= classBit(first);
            }
        }
    }

    /** The model shipped with the core, loaded on first use. */
    public static CharBigramModel shared() {
        return Holder.MODEL;
    }

    /**
     * Which script {@code c} belongs to: {@link Script#TRADITIONAL} for a character with another Simplified form
     * ({@code 關}), {@link Script#SIMPLIFIED} for the Simplified form of another ({@code 关}), else {@link Script#BOTH}.
     */
    public Script script(char c) {
        if (simplified[c] != c && isHan(c)) {
            return Script.TRADITIONAL;
        }
        return simplifiedForm[c] ? Script.SIMPLIFIED : Script.BOTH;
    }

    /** The script a character is written in, as far as its form tells. */
    public enum Script { SIMPLIFIED, TRADITIONAL, BOTH }

    private static boolean isHan(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** Log-probability of {@code c} on its own. */
    public double unigramLogProb(char c) {
        return unigram[simplified[c]];
    }

    /** Log-probability of {@code c} right after {@code prev}. */
    public double logProb(char prev, char c) {
        if (prev < 0x80 && c < 0x80 && isAlphanumeric(prev) && isAlphanumeric(c)) {
            return ALPHANUMERIC_GOES_ON;
        }
        char p = simplified[prev];
        char s = simplified[c];
        double next = unigram[s];
        double continued = bigram(p, s);
        double ends = boundary[p];
        if (continued == Double.NEGATIVE_INFINITY) {
            return ends + next;
        }
        double a = ends + next;
        double hi = Math.max(a, continued);
        return hi + Math.log1p(Math.exp(Math.min(a, continued) - hi));
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    }

    private double bigram(char prev, char c) {
        if ((followerClasses[prev] & classBit(c)) == 0 || (precederClasses[c] & classBit(prev)) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int key = prev << 16 | c;
        for (int i = mix(key) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    /** A character's class among 64 by its low bits, which vary most between the Han characters of a list. */
    private static long classBit(char c) {
        return 1L << (c & 63);
    }

    /** MurmurHash3's finalizer: keys differ mostly in their low bits, which open addressing must spread. */
    private static int mix(int key) {
        int h = key;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Reads the resource format the builder writes: characters with their log-probabilities, then t2s, then bigrams. */
    static CharBigramModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a character bigram model of version " + VERSION);
            }
            float[] unigram = new float[1 << 16];
            float[] boundary = new float[1 << 16];
            Arrays.fill(unigram, UNKNOWN);
            fixedClasses(unigram, boundary);
            int chars = in.readInt();
            for (int i = 0; i < chars; i++) {
                char c = in.readChar();
                unigram[c] = in.readFloat();
                boundary[c] = in.readFloat();
            }
            char[] simplified = new char[1 << 16];
            for (int c = 0; c < simplified.length; c++) {
                simplified[c] = (char) c;
            }
            int mapped = in.readInt();
            for (int i = 0; i < mapped; i++) {
                char traditional = in.readChar();
                simplified[traditional] = in.readChar();
            }
            int count = in.readInt();
            int capacity = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
            int[] keys = new int[capacity];
            float[] values = new float[capacity];
            int key = 0;
            for (int i = 0; i < count; i++) {
                key += in.readInt();
                float value = in.readFloat();
                int slot = mix(key) & (capacity - 1);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                values[slot] = value;
            }
            int triples = in.readInt();
            int tripleCapacity = Integer.highestOneBit(Math.max(4, triples) * 2) * 2;
            long[] tripleKeys = new long[tripleCapacity];
            float[] tripleValues = new float[tripleCapacity];
            long tripleKey = 0;
            for (int i = 0; i < triples; i++) {
                tripleKey += in.readLong();
                float value = in.readFloat();
                int slot = mix((int) (tripleKey ^ (tripleKey >>> 29))) & (tripleCapacity - 1);
                while (tripleKeys[slot] != 0) {
                    slot = (slot + 1) & (tripleCapacity - 1);
                }
                tripleKeys[slot] = tripleKey;
                tripleValues[slot] = value;
            }
            CharBigramModel model = new CharBigramModel(unigram, boundary, simplified, keys, values);
            model.tripleKeys = tripleKeys;
            model.tripleValues = tripleValues;
            return model;
        }
    }

    /**
     * Log-probability of {@code c} after {@code a} and {@code b}: where the three were counted together, the trigram's
     * probability interpolated with the bigram's; elsewhere the bigram's alone. The repair reads the characters at the
     * ends of a run with it, where the bigram model alone cannot tell {@code 提质} from {@code 提中} before {@code 增效}.
     */
    public double logProb(char a, char b, char c) {
        double bigram = logProb(b, c);
        long key = (long) simplified[a] << 32 | (long) simplified[b] << 16 | simplified[c];
        int mask = tripleKeys.length - 1;
        for (int i = mix((int) (key ^ (key >>> 29))) & mask; tripleKeys[i] != 0; i = (i + 1) & mask) {
            if (tripleKeys[i] == key) {
                return Math.log(TRIGRAM_WEIGHT * Math.exp(tripleValues[i]) + (1 - TRIGRAM_WEIGHT) * Math.exp(bigram));
            }
        }
        return bigram;
    }

    private static void fixedClasses(float[] unigram, float[] boundary) {
        // brackets and marks of web pages and headings (【】〔〕『』〈〉): rare in prose, yet text, not damage
        for (char c = '\u3001'; c <= '\u301F'; c++) {
            unigram[c] = (float) Math.log(OTHER_MARK);
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            unigram[c] = (float) Math.log(OTHER_MARK);
        }
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            unigram[PUNCTUATION.charAt(i)] = (float) Math.log(PUNCTUATION_PROBABILITY[i]);
        }
        for (char c = '0'; c <= '9'; c++) {
            unigram[c] = (float) Math.log(0.004);
            unigram[c - '0' + '０'] = unigram[c];
        }
        unigram['.'] = (float) Math.log(0.002);
        for (char c = 0; c < 0x80; c++) {
            if (isAlphanumeric(c)) {
                boundary[c] = ALPHANUMERIC_ENDS;
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            unigram[c] = (float) Math.log(0.0005);
            unigram[Character.toUpperCase(c)] = unigram[c];
        }
        for (char c : " \t\n\r\u3000".toCharArray()) {
            unigram[c] = (float) Math.log(0.02);
        }
    }

    /** Lazy, thread-safe loading by the class loader's own initialization lock. */
    private static final class Holder {
        static final CharBigramModel MODEL = load();

        private static CharBigramModel load() {
            try (InputStream in = CharBigramModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " next to " + CharBigramModel.class);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
