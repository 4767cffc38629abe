package org.xianzhi.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional spellings and their Simplified forms, matched longest first from each position, as OpenCC does.
 *
 * <p>Built from OpenCC's tables as shipped inside opencc4j ({@code /data/dictionary/TSCharacters.txt}, first
 * candidate of each character, and {@code TSPhrases.txt}), corrected by our own {@code t2s-overrides.txt}. Three
 * rules make the result stable, so that converting converted text changes nothing:
 * <ul>
 *   <li>character chains are followed to their end ({@code 薴 → 苧 → 苎} becomes {@code 薴 → 苎});</li>
 *   <li>every phrase's Simplified form is also a phrase mapping to itself, so {@code 乾县} stays once {@code 乾縣}
 *       has been converted;</li>
 *   <li>where a phrase ends with the character another phrase starts with and they read it differently
 *       ({@code 有著} → {@code 有着}, {@code 著名} → {@code 著名}), the overlap is added as a phrase of its own
 *       ({@code 有著名} → {@code 有著名}), so that the earlier phrase does not swallow the later one's first character.</li>
 * </ul>
 * Lookups walk a trie rooted in a table indexed by the first UTF-16 unit, so text without Traditional characters costs
 * one array read per character.
 */
final class SimplificationDictionary {
    private static final String OPENCC = "/data/dictionary/";
    private static final String OVERRIDES = "t2s-overrides.txt";

    private final Node[] roots;

    private SimplificationDictionary(Node[] roots) {
        this.roots = roots;
    }

    /** A longest match: the input span {@code [start, end)} and what it becomes. */
    record Match(int start, int end, String simplified) {
    }

    /** The dictionary built from opencc4j's tables and our overrides; loads once per class loader. */
    static SimplificationDictionary standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final SimplificationDictionary INSTANCE = load();
    }

    /**
     * The longest entry starting at {@code at}, or null. Single characters whose Simplified form is themselves are not
     * entries; phrases that map to themselves are, so that callers skip over them whole.
     */
    Match longestAt(String text, int at) {
        Node node = roots[text.charAt(at)];
        if (node == null) {
            return null;
        }
        int end = -1;
        String value = null;
        int pos = at + 1;
        while (true) {
            if (node.value != null) {
                end = pos;
                value = node.value;
            }
            if (pos >= text.length() || node.keys.length == 0) {
                break;
            }
            node = node.child(text.charAt(pos));
            if (node == null) {
                break;
            }
            pos++;
        }
        return value == null ? null : new Match(at, end, value);
    }

    /** Whether any entry starts with {@code c}: the scanner's fast test. */
    boolean mayStartWith(char c) {
        return roots[c] != null;
    }

    static SimplificationDictionary load() {
        Map<String, String> characters = new HashMap<>();
        Map<String, String> phrases = new LinkedHashMap<>();
        read(SimplificationDictionary.class.getResourceAsStream(OPENCC + "TSCharacters.txt"), "TSCharacters", characters);
        read(SimplificationDictionary.class.getResourceAsStream(OPENCC + "TSPhrases.txt"), "TSPhrases", phrases);
        Map<String, String> overrides = new LinkedHashMap<>();
        read(SimplificationDictionary.class.getResourceAsStream(OVERRIDES), OVERRIDES, overrides);
        overrides.forEach((key, value) -> (key.codePointCount(0, key.length()) == 1 ? characters : phrases).put(key, value));

        Map<String, String> entries = new HashMap<>();
        characters.forEach((key, value) -> entries.put(key, endOfChain(characters, value)));
        Map<String, String> allPhrases = new LinkedHashMap<>(phrases);
        phrases.values().forEach(value -> allPhrases.putIfAbsent(value, value));
        allPhrases.putAll(overlaps(allPhrases));
        entries.putAll(allPhrases);

        Builder root = new Builder();
        entries.forEach((key, value) -> {
            boolean sameCharacter = key.equals(value) && key.codePointCount(0, key.length()) == 1;
            if (!key.isEmpty() && !sameCharacter) {
                root.put(key, 0, value);
            }
        });
        Node[] roots = new Node[Character.MAX_VALUE + 1];
        root.children.forEach((c, child) -> roots[c] = child.freeze());
        return new SimplificationDictionary(roots);
    }

    private static String endOfChain(Map<String, String> characters, String value) {
        String current = value;
        for (int hops = 0; hops < 4; hops++) {
            String next = characters.get(current);
            if (next == null || next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Phrases {@code P + Q[1..]} for each phrase P ending with the character Q starts with, read differently. */
    private static Map<String, String> overlaps(Map<String, String> phrases) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        phrases.keySet().forEach(key -> byFirst.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(key));
        Map<String, String> added = new HashMap<>();
        phrases.forEach((left, leftValue) -> {
            char joint = left.charAt(left.length() - 1);
            for (String right : byFirst.getOrDefault(joint, List.of())) {
                String rightValue = phrases.get(right);
                if (left.length() == leftValue.length() && right.length() == rightValue.length()
                        && leftValue.charAt(leftValue.length() - 1) != rightValue.charAt(0)) {
                    added.putIfAbsent(left + right.substring(1),
                            leftValue.substring(0, leftValue.length() - 1) + rightValue);
                }
            }
        });
        added.keySet().removeAll(phrases.keySet());
        return added;
    }

    private static void read(InputStream in, String name, Map<String, String> into) {
        if (in == null) {
            throw new IllegalStateException("conversion table " + name + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isEmpty() || line.charAt(0) == '#' || tab <= 0) {
                    continue;
                }
                int space = line.indexOf(' ', tab + 1);
                String value = line.substring(tab + 1, space < 0 ? line.length() : space).strip();
                if (!value.isEmpty()) {
                    into.put(line.substring(0, tab).strip(), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conversion table " + name, e);
        }
    }

    /** A frozen trie node: sorted child keys for binary search. */
    private static final class Node {
        final String value;
        final char[] keys;
        final Node[] children;

        Node(String value, char[] keys, Node[] children) {
            this.value = value;
            this.keys = keys;
            this.children = children;
        }

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : children[i];
        }
    }

    /** A mutable trie node used while loading. */
    private static final class Builder {
        String value;
        final Map<Character, Builder> children = new HashMap<>();

        void put(String key, int at, String v) {
            if (at == key.length()) {
                value = v;
                return;
            }
            children.computeIfAbsent(key.charAt(at), c -> new Builder()).put(key, at + 1, v);
        }

        Node freeze() {
            char[] keys = new char[children.size()];
            int n = 0;
            for (char c : children.keySet()) {
                keys[n++] = c;
            }
            Arrays.sort(keys);
            Node[] frozen = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                frozen[i] = children.get(keys[i]).freeze();
            }
            return new Node(value, keys, frozen);
        }
    }
}
