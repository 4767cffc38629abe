package org.xianzhi.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a document's paragraph has turned to plans before some point ({@code 下一步,…}, {@code 今后…}): the words
 * are found once per document and the paragraph's start is followed forward, so asking for every figure of a page
 * without line breaks stays linear. Ask for positions of a document in reading order; positions within one line may
 * come in any order (a line is never split between two sentences).
 */
public final class ParagraphPlans {
    /** Words that turn a whole paragraph to plans. */
    private static final String[] FUTURE_CUES = {"下一步", "今后", "未来五年", "明年"};

    private final String text;
    /** {@code [start, end)} pairs of the cues, in order of start. */
    private final int[] cues;
    private int lineStart;
    private int lineScanned;

    public ParagraphPlans(String text) {
        this.text = text;
        this.cues = cues(text);
    }

    /** Whether a cue lies wholly between the start of the line holding {@code at} and {@code at}. */
    public boolean turnedBefore(int at) {
        for (; lineScanned < at; lineScanned++) {
            if (text.charAt(lineScanned) == '\n') {
                lineStart = lineScanned + 1;
            }
        }
        return anyCueWithin(lineStart, at);
    }

    private static int[] cues(String text) {
        List<int[]> found = new ArrayList<>();
        for (String cue : FUTURE_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                found.add(new int[] {at, at + cue.length()});
            }
        }
        found.sort(Comparator.comparingInt(pair -> pair[0]));
        int[] flat = new int[found.size() * 2];
        for (int i = 0; i < found.size(); i++) {
            flat[2 * i] = found.get(i)[0];
            flat[2 * i + 1] = found.get(i)[1];
        }
        return flat;
    }

    private boolean anyCueWithin(int from, int to) {
        int low = 0;
        int high = cues.length / 2;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cues[2 * mid] < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < cues.length / 2 && cues[2 * i] < to; i++) {
            if (cues[2 * i + 1] <= to) {
                return true;
            }
        }
        return false;
    }
}
