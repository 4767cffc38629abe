package org.xianzhi.core.normalize.gbk;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Builds the resource of {@link CharBigramModel} from jieba's word list ({@code dict.txt} inside
 * {@code com.huaban:jieba-analysis}, a test-scope dependency): every word adds its frequency to the unigram count of
 * each of its characters and to the count of each bigram inside it; what a character is not followed by inside words
 * is its word-boundary count. It also stores, for every Han character that opencc4j simplifies to one other
 * character, that mapping. Rebuild after changing either (from the repository root):
 * <pre>
 * mvn -q -B -pl xianzhi-core test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp xianzhi-core/target/test-classes:xianzhi-core/target/classes:$(cat xianzhi-core/target/test-classpath.txt) \
 *     org.xianzhi.core.normalize.gbk.CharBigramModelBuilder \
 *     xianzhi-core/src/main/resources/org/xianzhi/core/normalize/gbk/char-bigrams.bin.gz
 * </pre>
 */
public final class CharBigramModelBuilder {
    /** Bigrams seen with less total frequency than this are left to the unigram back-off; keeps the file small. */
    private static final long MIN_BIGRAM_COUNT = 3;

    private final Map<Character, Long> unigrams = new HashMap<>();
    private final Map<Integer, Long> bigrams = new HashMap<>();

    private CharBigramModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CharBigramModelBuilder OUTPUT.bin.gz");
        }
        CharBigramModelBuilder builder = new CharBigramModelBuilder();
        try (InputStream dict = CharBigramModelBuilder.class.getResourceAsStream("/dict.txt")) {
            if (dict == null) {
                throw new IllegalStateException("jieba's dict.txt is not on the test class path");
            }
            builder.countWords(dict);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            builder.write(out);
        }
    }

    private void countWords(InputStream dict) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(dict, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] fields = line.trim().split(" ");
            if (fields.length < 2) {
                continue;
            }
            String word = fields[0];
            long frequency = Long.parseLong(fields[1]);
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!isHan(c)) {
                    continue;
                }
                unigrams.merge(c, frequency, Long::sum);
                if (i + 1 < word.length() && isHan(word.charAt(i + 1))) {
                    bigrams.merge(c << 16 | word.charAt(i + 1), frequency, Long::sum);
                }
            }
        }
    }

    private void write(OutputStream raw) throws IOException {
        long total = unigrams.values().stream().mapToLong(Long::longValue).sum();
        TreeMap<Integer, Long> kept = new TreeMap<>();
        Map<Character, Long> continued = new HashMap<>();
        bigrams.forEach((key, count) -> {
            if (count >= MIN_BIGRAM_COUNT) {
                kept.put(key, count);
            }
            continued.merge((char) (key >>> 16), count, Long::sum);
        });
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(CharBigramModel.MAGIC);
            out.writeInt(CharBigramModel.VERSION);
            TreeMap<Character, Long> sorted = new TreeMap<>(unigrams);
            out.writeInt(sorted.size());
            for (Map.Entry<Character, Long> e : sorted.entrySet()) {
                long count = e.getValue();
                long ends = Math.max(1, count - continued.getOrDefault(e.getKey(), 0L));
                out.writeChar(e.getKey());
                out.writeFloat((float) Math.log((double) count / total));
                out.writeFloat((float) Math.log((double) ends / count));
            }
            Map<Character, Character> simplified = simplifications();
            out.writeInt(simplified.size());
            for (Map.Entry<Character, Character> e : new TreeMap<>(simplified).entrySet()) {
                out.writeChar(e.getKey());
                out.writeChar(e.getValue());
            }
            out.writeInt(kept.size());
            int previous = 0;
            for (Map.Entry<Integer, Long> e : kept.entrySet()) {
                int key = e.getKey();
                long count = e.getValue();
                out.writeInt(key - previous);
                out.writeFloat((float) Math.log((double) count / unigrams.get((char) (key >>> 16))));
                previous = key;
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

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
