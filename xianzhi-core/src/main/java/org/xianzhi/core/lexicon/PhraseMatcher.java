package org.xianzhi.core.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds the leftmost-longest, non-overlapping occurrences of a fixed set of phrases in a text, so that
 * {@code 农村集体经济收入} is one match and not a shorter phrase inside it, and {@code 城镇居民人均可支配收入} wins over
 * {@code 人均可支配收入}. ASCII letters match without regard to case ({@code gdp} finds {@code GDP}).
 *
 * <p>The phrases live in a compact trie flattened into arrays: the first character is looked up in a table indexed by
 * the character itself, deeper characters by binary search among a node's few sorted edges. At each position the scan
 * walks down as far as the text allows and remembers the last phrase end it passed; on a match it resumes after the
 * match, otherwise one character further. Most positions of ordinary text fail at the first lookup, so the scan costs
 * about one array read per character and never more than the longest phrase per position. Immutable and thread-safe.
 *
 * @param <T> the value registered with each phrase
 */
public final class PhraseMatcher<T> {
    /** Node 0 is the root, which no edge points to, so 0 can mean "no such edge". */
    private static final int NONE = 0;
    private static final int NO_PHRASE = -1;

    private final int[] firstEdge;
    private final int[] edgeStart;
    private final char[] edgeLabel;
    private final int[] edgeTarget;
    private final int[] phraseOf;
    private final String[] phrases;
    private final List<T> values;

    /** Receives matches without allocating; see {@link #scan}. */
    @FunctionalInterface
    public interface MatchSink<T> {
        void accept(int start, int end, String phrase, T value);
    }

    /**
     * Builds the matcher.
     *
     * @param phrases every phrase with its value; phrases must be non-empty and distinct after ASCII case folding
     * @throws IllegalArgumentException naming an empty phrase or two phrases that differ only in ASCII case
     */
    public static <T> PhraseMatcher<T> of(Map<String, ? extends T> phrases) {
        return new PhraseMatcher<>(phrases);
    }

    private PhraseMatcher(Map<String, ? extends T> entries) {
        Map<String, String> folded = new HashMap<>();
        TrieNode root = new TrieNode();
        phrases = new String[entries.size()];
        List<T> vals = new ArrayList<>(entries.size());
        int index = 0;
        for (Map.Entry<String, ? extends T> e : entries.entrySet()) {
            String phrase = Objects.requireNonNull(e.getKey(), "phrase");
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase for value " + e.getValue());
            }
            String key = fold(phrase);
            String clash = folded.putIfAbsent(key, phrase);
            if (clash != null) {
                throw new IllegalArgumentException("phrases '" + clash + "' and '" + phrase + "' differ only in case");
            }
            TrieNode node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(key.charAt(i), c -> new TrieNode());
            }
            node.phrase = index;
            phrases[index++] = phrase;
            vals.add(e.getValue());
        }
        values = List.copyOf(vals);

        // Number the nodes breadth first, then lay the edges of each node out contiguously, sorted by label.
        List<TrieNode> order = new ArrayList<>();
        ArrayDeque<TrieNode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            TrieNode n = queue.poll();
            n.id = order.size();
            order.add(n);
            queue.addAll(n.children.values());
        }
        int nodes = order.size();
        edgeStart = new int[nodes + 1];
        edgeLabel = new char[nodes - 1];
        edgeTarget = new int[nodes - 1];
        phraseOf = new int[nodes];
        int edge = 0;
        for (TrieNode n : order) {
            edgeStart[n.id] = edge;
            phraseOf[n.id] = n.phrase;
            for (Map.Entry<Character, TrieNode> child : n.children.entrySet()) {
                edgeLabel[edge] = child.getKey();
                edgeTarget[edge++] = child.getValue().id;
            }
        }
        edgeStart[nodes] = edge;
        firstEdge = new int[Character.MAX_VALUE + 1];
        for (Map.Entry<Character, TrieNode> child : root.children.entrySet()) {
            firstEdge[child.getKey()] = child.getValue().id;
        }
    }

    /** How many phrases the matcher knows. */
    public int size() {
        return phrases.length;
    }

    /** All matches in the whole text, in text order. */
    public List<PhraseMatch<T>> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    /** All matches lying entirely within {@code text[from, to)}, in text order. */
    public List<PhraseMatch<T>> findAll(CharSequence text, int from, int to) {
        List<PhraseMatch<T>> matches = new ArrayList<>();
        scan(text, from, to, (start, end, phrase, value) -> matches.add(new PhraseMatch<>(start, end, phrase, value)));
        return matches;
    }

    /**
     * Reports every match lying entirely within {@code text[from, to)} to {@code sink}, left to right, without
     * allocating.
     *
     * @throws IndexOutOfBoundsException if the range is not within the text
     */
    public void scan(CharSequence text, int from, int to, MatchSink<? super T> sink) {
        Objects.checkFromToIndex(from, to, text.length());
        int i = from;
        while (i < to) {
            int node = firstEdge[fold(text.charAt(i))];
            if (node == NONE) {
                i++;
                continue;
            }
            int bestEnd = -1;
            int bestPhrase = NO_PHRASE;
            int j = i + 1;
            while (true) {
                if (phraseOf[node] != NO_PHRASE) {
                    bestEnd = j;
                    bestPhrase = phraseOf[node];
                }
                if (j >= to) {
                    break;
                }
                node = child(node, fold(text.charAt(j)));
                if (node == NONE) {
                    break;
                }
                j++;
            }
            if (bestPhrase == NO_PHRASE) {
                i++;
            } else {
                sink.accept(i, bestEnd, phrases[bestPhrase], values.get(bestPhrase));
                i = bestEnd;
            }
        }
    }

    /** Every occurrence of every phrase in {@code text}, for scanning many windows of it (see {@link PhraseOccurrences}). */
    public PhraseOccurrences<T> occurrences(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] ids = new int[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int node = firstEdge[fold(text.charAt(i))];
            for (int j = i + 1; node != NONE; j++) {
                if (phraseOf[node] != NO_PHRASE) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    starts[count] = i;
                    ends[count] = j;
                    ids[count++] = phraseOf[node];
                }
                node = j < n ? child(node, fold(text.charAt(j))) : NONE;
            }
        }
        return new PhraseOccurrences<>(n, starts, ends, ids, count, phrases, values);
    }

    private int child(int node, char c) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char label = edgeLabel[mid];
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return NONE;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** A node of the trie while it is being built. */
    private static final class TrieNode {
        final TreeMap<Character, TrieNode> children = new TreeMap<>();
        int phrase = NO_PHRASE;
        int id;
    }

    @Override
    public String toString() {
        return "PhraseMatcher[" + phrases.length + " phrases, " + phraseOf.length + " nodes, e.g. "
                + Arrays.stream(phrases).limit(3).toList() + "]";
    }
}
