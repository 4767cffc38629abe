package org.xianzhi.app.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Passage boundaries for Chinese documents: after a sentence end (。！？；!?;) and after every line break, so that a
 * headline (which has no full stop) is a passage of its own rather than the start of the next sentence, as with the
 * JDK's sentence instance. Boundaries are found once per text, which the highlighter sets per document.
 */
final class SentenceBreaks extends BreakIterator {
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] boundaries = {0};
    private int current;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        int[] found = new int[16];
        int n = 0;
        found[n++] = begin;
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            int after = newText.getIndex() + 1;
            if (isBreakAfter(c) && after < end) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = after;
            }
        }
        if (end > begin) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n + 1);
            }
            found[n++] = end;
        }
        boundaries = Arrays.copyOf(found, n);
        current = 0;
    }

    private static boolean isBreakAfter(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '\n' -> true;
            default -> false;
        };
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[current];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= boundaries.length) {
            current = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(boundaries, offset);
        int next = i >= 0 ? i + 1 : -i - 1;
        if (next >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = next;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(boundaries, offset);
        int previous = i >= 0 ? i - 1 : -i - 2;
        if (previous < 0) {
            current = 0;
            return DONE;
        }
        current = previous;
        return boundaries[current];
    }

    @Override
    public int current() {
        return boundaries[current];
    }
}
