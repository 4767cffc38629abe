package org.xianzhi.core.normalize.gbk;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Builds the resource of {@link CharBigramModel} from running text as HanLP counted it: the word frequencies and the
 * word-bigram frequencies of its core dictionary ({@code com.hankcs:hanlp:portable-1.8.4}, Apache-2.0, a test-scope
 * dependency; counted on the People's Daily corpus). A word's frequency adds to the count of each of its characters and
 * of each bigram inside it; a word bigram's frequency adds to the bigram of the first word's last character and the
 * second word's first character, so that the model knows which characters follow each other across words too (the
 * first character of a run of damage is chosen by what stands before it), and the same across HanLP's punctuation
 * tokens, mapped to the classes the normalized text holds ({@code ，} and {@code ,} one, sentence ends another), so
 * that it knows what opens and ends a clause. Bigram probabilities are discounted
 * absolutely; what is left for each character is its back-off weight to the unigram ({@code boundary} in the
 * resource). It also stores, for every Han character that opencc4j simplifies to one other character, that mapping.
 * Rebuild after changing either (from the repository root):
 * <pre>
 * mvn -q -B -pl xianzhi-core test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp xianzhi-core/target/test-classes:xianzhi-core/target/classes:$(cat xianzhi-core/target/test-classpath.txt) \
 *     org.xianzhi.core.normalize.gbk.CharBigramModelBuilder \
 *     xianzhi-core/src/main/resources/org/xianzhi/core/normalize/gbk/char-bigrams.bin.gz
 * </pre>
 */
public final class CharBigramModelBuilder {
    /** Bigrams counted less often than this are left to the back-off; keeps the file small. */
    private static final long MIN_BIGRAM_COUNT = 3;
    /** Trigrams counted less often than this are left to the bigrams. */
    private static final long MIN_TRIGRAM_COUNT = 3;
    /** Absolute discount of every bigram count: what a character seen n times after another has of its mass. */
    private static final double DISCOUNT = 0.75;
    /** The least back-off weight: the counted bigrams never claim a character's whole future. */
    private static final double MIN_BACK_OFF = 0.05;

    /** How often a region's name counts: as often as a word seen a few times a month in a newspaper. */
    private static final long REGION_NAME_COUNT = 4;

    private static final String START = "始##始";
    /** The class of every mark that ends a sentence, in the model's mapping: what follows is a sentence's start. */
    static final char SENTENCE_END = '\n';
    private static final String SENTENCE_ENDS = "。！？；;";
    /**
     * HanLP's punctuation tokens and the class each stands for in the model: what stands before and after a clause
     * mark tells much about the characters next to it ({@code 我} opens a clause, {@code 好} ends one), and the ends of
     * a run of damage are often next to one. The normalizer makes {@code ，} and {@code ：} ASCII.
     */
    private static final Map<String, Character> MARKS = Map.of("，", ',', "、", '、', "：", ':', "。", SENTENCE_END,
            "；", SENTENCE_END, "！", SENTENCE_END, "？", SENTENCE_END, "“", '“', "”", '”');
    /** Of a sentence's starts, the share a Han character makes (the rest: quotes, digits, letters). */
    private static final double HAN_AT_START = 0.8;
    private static final String NUMBER = "未##数";
    private static final String TIME = "未##时";
    private static final String TIME_ENDS = "年月日";
    private static final String NUMERALS = "一二三四五六七八九十两百千万";
    private static final double[] NUMERAL_SHARES =
        {0.25, 0.12, 0.1, 0.08, 0.07, 0.06, 0.05, 0.05, 0.04, 0.08, 0.04, 0.02, 0.02, 0.02};
    private static final double[] TIME_END_SHARES = {0.6, 0.25, 0.15};
    /** The class of every digit, ASCII or full width, in the model's mapping. */
    static final char DIGIT = '0';
    /** Of a number's ends, the share a Han character follows (the rest: punctuation, %, letters). */
    private static final double HAN_AFTER_DIGITS = 0.6;

    private final Map<Character, Long> afterDigits = new HashMap<>();
    /** What a sentence starts with: HanLP's bigrams after its sentence-start token. */
    private final Map<Character, Long> afterStart = new HashMap<>();
    private final Map<Long, Long> trigrams = new HashMap<>();
    private final Map<Character, Long> unigrams = new HashMap<>();
    private final Map<Integer, Long> bigrams = new HashMap<>();

    private CharBigramModelBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CharBigramModelBuilder OUTPUT.bin.gz");
        }
        CharBigramModelBuilder builder = new CharBigramModelBuilder();
        String[] words = words(CoreDictionary.trie);
        builder.countWords(words);
        long inside = builder.bigrams.size();
        builder.countWordBigrams(words);
        builder.countMoreWords(words);
        System.err.printf("%d words, %d characters, %d bigrams (%d inside words), %d trigrams (%d seen %d times or more)%n",
                words.length, builder.unigrams.size(), builder.bigrams.size(), inside, builder.trigrams.size(),
                builder.trigrams.values().stream().filter(n -> n >= MIN_TRIGRAM_COUNT).count(), MIN_TRIGRAM_COUNT);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            builder.write(out);
        }
    }

    /** Every key of HanLP's double-array trie by its value index (the word id of the bigram table). */
    private static String[] words(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        Map<Integer, List<Integer>> byParent = new HashMap<>();
        for (int p = 0; p < check.length; p++) {
            if (check[p] != 0) {
                byParent.computeIfAbsent(check[p], k -> new java.util.ArrayList<>()).add(p);
            }
        }
        String[] words = new String[trie.size()];
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {base[0], ""});
        while (!stack.isEmpty()) {
            Object[] node = stack.pop();
            int b = (int) node[0];
            String prefix = (String) node[1];
            for (int p : byParent.getOrDefault(b, List.of())) {
                if (p == b && base[p] < 0) {
                    words[-base[p] - 1] = prefix;
                } else if (p > b) {
                    stack.push(new Object[] {base[p], prefix + (char) (p - b - 1)});
                }
            }
        }
        return words;
    }

    private void countWords(String[] words) {
        for (String word : words) {
            CoreDictionary.Attribute attribute = word == null ? null : CoreDictionary.get(word);
            if (attribute == null || !isHanWord(word)) {
                continue;
            }
            countInside(word, attribute.totalFrequency);
        }
    }

    private void countWordBigrams(String[] words) throws ReflectiveOperationException {
        CoreBiGramTableDictionary.getBiFrequency("中国", "人民");
        int[] start = (int[]) field("start").get(null);
        int[] pair = (int[]) field("pair").get(null);
        for (int a = 0; a + 1 < start.length && a < words.length; a++) {
            String first = words[a];
            if (START.equals(first)) {
                for (int i = start[a]; i < start[a + 1]; i++) {
                    String second = pair[2 * i] < words.length ? words[pair[2 * i]] : null;
                    if (second != null && isHanWord(second)) {
                        afterStart.merge(second.charAt(0), (long) pair[2 * i + 1], Long::sum);
                    }
                }
                continue;
            }
            if (NUMBER.equals(first) || TIME.equals(first)) {
                countAfterNumbers(first, start[a], start[a + 1], pair, words);
                continue;
            }
            if (first != null && MARKS.containsKey(first)) {
                countAfterMark(MARKS.get(first), start[a], start[a + 1], pair, words);
                continue;
            }
            if (first == null || !isHanWord(first)) {
                continue;
            }
            char last = first.charAt(first.length() - 1);
            for (int i = start[a]; i < start[a + 1]; i++) {
                int b = pair[2 * i];
                String second = b < words.length ? words[b] : null;
                if (NUMBER.equals(second)) {
                    // a number after a word: Chinese numerals (第十八届, 占一般) as often as digits
                    long frequency = pair[2 * i + 1];
                    bigrams.merge(last << 16 | CharBigramModelBuilder.DIGIT, frequency / 2, Long::sum);
                    spreadOverNumerals(frequency / 2, (n, share) ->
                            bigrams.merge(last << 16 | n, share, Long::sum));
                }
                if (second != null && MARKS.containsKey(second)) {
                    char mark = MARKS.get(second);
                    long frequency = pair[2 * i + 1];
                    bigrams.merge(last << 16 | mark, frequency, Long::sum);
                    if (first.length() > 1) {
                        trigrams.merge(trigram(first.charAt(first.length() - 2), last, mark), frequency, Long::sum);
                    }
                }
                if (second != null && isHanWord(second)) {
                    long frequency = pair[2 * i + 1];
                    bigrams.merge(last << 16 | second.charAt(0), frequency, Long::sum);
                    if (first.length() > 1) {
                        trigrams.merge(trigram(first.charAt(first.length() - 2), last, second.charAt(0)), frequency,
                                Long::sum);
                    }
                    if (second.length() > 1) {
                        trigrams.merge(trigram(last, second.charAt(0), second.charAt(1)), frequency, Long::sum);
                    }
                }
            }
        }
    }

    /**
     * What follows a punctuation mark: the first characters (and pairs) of the words after it. A sentence's end is
     * counted as a start, beside HanLP's own sentence-start token, so it is left out here.
     */
    private void countAfterMark(char mark, int from, int to, int[] pair, String[] words) {
        if (mark == SENTENCE_END) {
            return;
        }
        for (int i = from; i < to; i++) {
            int b = pair[2 * i];
            String second = b < words.length ? words[b] : null;
            long frequency = pair[2 * i + 1];
            unigrams.merge(mark, frequency, Long::sum);
            if (NUMBER.equals(second)) {
                // a clause opening with a number: 二是, 三要 as often as digits
                bigrams.merge(mark << 16 | DIGIT, frequency / 2, Long::sum);
                spreadOverNumerals(frequency / 2, (n, share) -> bigrams.merge(mark << 16 | n, share, Long::sum));
            }
            if (second != null && isHanWord(second)) {
                bigrams.merge(mark << 16 | second.charAt(0), frequency, Long::sum);
                if (second.length() > 1) {
                    trigrams.merge(trigram(mark, second.charAt(0), second.charAt(1)), frequency, Long::sum);
                }
            }
        }
    }

    /**
     * Words HanLP's dictionary lacks or counts less often, counted inside only: jieba's word list ({@code dict.txt} of
     * {@code com.huaban:jieba-analysis}, MIT), its frequencies scaled to HanLP's, and the short names of China's
     * divisions (our {@code regions.tsv}), which county documents are full of ({@code 婺源}, {@code 弥渡}).
     */
    private void countMoreWords(String[] words) throws IOException {
        java.util.Set<String> known = new java.util.HashSet<>(java.util.Arrays.asList(words));
        long hanlpTotal = unigrams.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> jieba = new HashMap<>();
        try (java.io.InputStream dict = CharBigramModelBuilder.class.getResourceAsStream("/dict.txt")) {
            if (dict == null) {
                throw new IllegalStateException("jieba's dict.txt is not on the test class path");
            }
            for (String line : new String(dict.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.trim().split(" ");
                if (fields.length >= 2 && isHanWord(fields[0])) {
                    jieba.put(fields[0], Long.parseLong(fields[1]));
                }
            }
        }
        long jiebaTotal = jieba.entrySet().stream().mapToLong(e -> e.getValue() * e.getKey().length()).sum();
        double scale = (double) hanlpTotal / jiebaTotal;
        jieba.forEach((word, frequency) -> {
            // what jieba saw more often than HanLP's small dictionary did (蚂蚁 is there, but rare)
            CoreDictionary.Attribute attribute = known.contains(word) ? CoreDictionary.get(word) : null;
            long seen = attribute == null ? 0 : attribute.totalFrequency;
            countInside(word, Math.round(frequency * scale) - seen);
        });
        try (java.io.InputStream regions = CharBigramModel.class.getResourceAsStream("/org/xianzhi/core/region/regions.tsv")) {
            for (String line : new String(regions.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length >= 5 && !line.startsWith("#")) {
                    // the short form only: full names add 东县, 南县… pairs that read well across any two words
                    countInside(fields[4], REGION_NAME_COUNT);
                }
            }
        }
    }

    private void countInside(String word, long frequency) {
        if (frequency <= 0 || !isHanWord(word)) {
            return;
        }
        for (int i = 0; i < word.length(); i++) {
            unigrams.merge(word.charAt(i), frequency, Long::sum);
            if (i + 1 < word.length()) {
                bigrams.merge(word.charAt(i) << 16 | word.charAt(i + 1), frequency, Long::sum);
            }
            if (i + 2 < word.length()) {
                trigrams.merge(trigram(word.charAt(i), word.charAt(i + 1), word.charAt(i + 2)), frequency, Long::sum);
            }
        }
    }

    /**
     * What follows a number written in digits: the words after HanLP's number token ({@code 万}, {@code 元},
     * {@code 个}), and for its time token ({@code 2024年}, {@code 12日}, which HanLP counts whole) the character that
     * ends it, one of {@value #TIME_ENDS} by their shares in county documents. Counted after {@link #DIGIT}, the class
     * every digit is mapped to.
     */
    private void countAfterNumbers(String token, int from, int to, int[] pair, String[] words) {
        long total = 0;
        for (int i = from; i < to; i++) {
            int b = pair[2 * i];
            String second = b < words.length ? words[b] : null;
            total += pair[2 * i + 1];
            if (NUMBER.equals(token) && second != null && isHanWord(second)) {
                // half of HanLP's numbers are written in digits, half in Chinese numerals (一是, 十八届)
                long frequency = pair[2 * i + 1];
                char next = second.charAt(0);
                afterDigits.merge(next, frequency / 2, Long::sum);
                spreadOverNumerals(frequency / 2, (n, share) -> {
                    bigrams.merge(n << 16 | next, share, Long::sum);
                    unigrams.merge(n, share, Long::sum);
                });
            }
        }
        if (TIME.equals(token)) {
            for (int i = 0; i < TIME_ENDS.length(); i++) {
                afterDigits.merge(TIME_ENDS.charAt(i), Math.round(total * TIME_END_SHARES[i]), Long::sum);
            }
        }
    }

    /** Spreads {@code count} over the Chinese numerals by their shares in county documents ({@value #NUMERALS}). */
    private static void spreadOverNumerals(long count, java.util.function.BiConsumer<Character, Long> add) {
        for (int i = 0; i < NUMERALS.length(); i++) {
            long share = Math.round(count * NUMERAL_SHARES[i]);
            if (share > 0) {
                add.accept(NUMERALS.charAt(i), share);
            }
        }
    }

    private static long trigram(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = CoreBiGramTableDictionary.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private void write(OutputStream raw) throws IOException {
        long total = unigrams.values().stream().mapToLong(Long::longValue).sum();
        TreeMap<Integer, Double> kept = new TreeMap<>();
        Map<Character, Double> claimed = new HashMap<>();
        bigrams.forEach((key, count) -> {
            if (count >= MIN_BIGRAM_COUNT) {
                char prev = (char) (key >>> 16);
                double probability = (count - DISCOUNT) / unigrams.get(prev);
                kept.put(key, probability);
                claimed.merge(prev, probability, Double::sum);
            }
        });
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(CharBigramModel.MAGIC);
            out.writeInt(CharBigramModel.VERSION);
            TreeMap<Character, Long> sorted = new TreeMap<>(unigrams);
            out.writeInt(sorted.size());
            for (Map.Entry<Character, Long> e : sorted.entrySet()) {
                double backOff = Math.max(MIN_BACK_OFF, 1 - claimed.getOrDefault(e.getKey(), 0.0));
                out.writeChar(e.getKey());
                out.writeFloat((float) Math.log((double) e.getValue() / total));
                out.writeFloat((float) Math.log(backOff));
            }
            Map<Character, Character> simplified = simplifications();
            for (char d = '1'; d <= '9'; d++) {
                simplified.put(d, DIGIT);
            }
            for (char d = '０'; d <= '９'; d++) {
                simplified.put(d, DIGIT);
            }
            for (char mark : SENTENCE_ENDS.toCharArray()) {
                simplified.put(mark, SENTENCE_END);
            }
            simplified.put('，', ',');
            simplified.put('：', ':');
            long startsTotal = afterStart.values().stream().mapToLong(Long::longValue).sum();
            afterStart.forEach((c, count) -> {
                if (count >= MIN_BIGRAM_COUNT) {
                    kept.put(SENTENCE_END << 16 | c, HAN_AT_START * count / startsTotal);
                }
            });
            long digitsTotal = afterDigits.values().stream().mapToLong(Long::longValue).sum();
            afterDigits.forEach((c, count) -> {
                if (count >= MIN_BIGRAM_COUNT) {
                    // P(c | a number ended) = HAN_AFTER_DIGITS * share; the model adds the back-off itself
                    kept.put(DIGIT << 16 | c, HAN_AFTER_DIGITS * count / digitsTotal);
                }
            });
            out.writeInt(simplified.size());
            for (Map.Entry<Character, Character> e : new TreeMap<>(simplified).entrySet()) {
                out.writeChar(e.getKey());
                out.writeChar(e.getValue());
            }
            out.writeInt(kept.size());
            int previous = 0;
            for (Map.Entry<Integer, Double> e : kept.entrySet()) {
                int key = e.getKey();
                double scale = Math.min(1, (1 - MIN_BACK_OFF) / Math.max(1 - MIN_BACK_OFF,
                        claimed.getOrDefault((char) (key >>> 16), 0.0)));
                out.writeInt(key - previous);
                out.writeFloat((float) Math.log(e.getValue() * scale));
                previous = key;
            }
            TreeMap<Long, Long> triples = new TreeMap<>();
            trigrams.forEach((key, count) -> {
                if (count >= MIN_TRIGRAM_COUNT) {
                    triples.put(key, count);
                }
            });
            out.writeInt(triples.size());
            long previousTriple = 0;
            for (Map.Entry<Long, Long> e : triples.entrySet()) {
                long key = e.getKey();
                long pairCount = bigrams.getOrDefault((int) (key >>> 16), e.getValue());
                out.writeLong(key - previousTriple);
                out.writeFloat((float) Math.log((e.getValue() - DISCOUNT) / Math.max(pairCount, e.getValue())));
                previousTriple = key;
            }
        }
    }

    private static Map<Character, Character> simplifications() {
        Map<Character, Character> out = new HashMap<>();
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            String simple = ZhConverterUtil.toSimple(String.valueOf(c));
            if (simple.length() == 1 && simple.charAt(0) != c) {
                out.put(c, simple.charAt(0));
            }
        }
        return out;
    }

    private static boolean isHanWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!isHan(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
