package org.xianzhi.core.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.xianzhi.core.text.Digits;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Removes the noise that page layout and OCR leave in Simplified text, without touching what a sentence says:
 * <ul>
 *   <li>page chrome lines ({@link PageChrome}: editor and source labels, copyright, navigation bars, photo credits,
 *       marked captions, a lone weekday) are dropped whole, line break included;</li>
 *   <li>a headline set vertically, three or more lines of one Han character each (blank lines between allowed), becomes
 *       one line;</li>
 *   <li>a line broken in the middle of a sentence is joined to the next: the line ends without sentence punctuation, is
 *       as long as the page's typical line (a newspaper column is full up to its last line), is no heading
 *       ({@code 一、} {@code (二)} {@code 3.} {@code 第四章}), and the next line follows at once, not indented, not a
 *       heading nor a bullet. Web text, with one paragraph per line, has a typical line far longer than any heading, so
 *       its headings never join;</li>
 *   <li>spaces inside a line are removed where a Han character or Chinese punctuation is on either side
 *       ({@code 收 入} → {@code 收入}, {@code 3213 户} → {@code 3213户}, {@code 精神, 积极} → {@code 精神,积极}) and
 *       inside numbers ({@code 1 . 5}, {@code 12 %}, {@code 完成 36.5 9亿元}); spaces between Latin words and between
 *       two numbers in a column stay, and so does indentation. This also removes a space set between a title and a name
 *       ({@code 县委书记 王某} → {@code 县委书记王某}), which loses nothing a fact needs; the exception is a speaker
 *       line of a transcript ({@code 政府县长 王某:}, short and ending in a colon), left as it is for the segmenter.</li>
 * </ul>
 * Dropped and joined text is skipped, never rewritten, so every kept character keeps its own offset. Decisions are made
 * on the logical lines that the output will have and repeated until nothing more changes, so that a second run finds
 * nothing to do.
 */
public final class LayoutNoiseFilter implements TextFilter {
    /** More rounds than the few that real text needs; a bound on adversarial input. */
    private static final int MAX_ROUNDS = 8;
    /** A number split by a stray space leaves a short piece on one side: 36.5 9, 4 3. */
    private static final int MAX_SPLIT_PIECE = 2;
    private static final int MIN_FULL_LINE = 12;
    private static final int MIN_LINES_FOR_WIDTH = 5;
    private static final double FULL_LINE_SHARE = 0.85;
    private static final int MAX_SPEAKER_LINE = 40;
    private static final int MIN_VERTICAL_RUN = 3;
    private static final String CONTINUING_ENDS = ",，、“‘(（《【";
    private static final String BULLETS = "●■◆□○◇▲△▶►•※★☆*->#";
    private static final String CHINESE_NUMERALS = "〇一二三四五六七八九十百";

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public Rewrite apply(String input) {
        Page page = new Page(input);
        page.decide();
        return page.emit();
    }

    /** Whitespace that may sit inside a line. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\r' || c == '\f' || c == '\u000B'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** Han characters and the punctuation of Chinese text, next to which a space is never meant. */
    private static boolean isChinese(char c) {
        return isHan(c) || (c >= '\u3001' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6') || (c >= '\u2018' && c <= '\u201F') || c == '\u2014'
                || c == '\u2015' || c == '\u2026' || c == '\u00B7';
    }

    /** ASCII punctuation, which Chinese text uses after full-width folding: {@code , : ; ! ? ( ) "}. */
    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /** Whether {@code s[from, to)} opens with a heading number: 一、 (二) （三） 4、 5. ① 第六章. */
    private static boolean isHeading(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = s.charAt(from);
        if ((c >= '\u2460' && c <= '\u2473') || (c >= '\u3220' && c <= '\u3229')) {
            return true;
        }
        boolean bracketed = c == '(' || c == '（';
        boolean chapter = c == '第';
        int pos = bracketed || chapter ? from + 1 : from;
        int numerals = pos;
        while (pos < to && pos - numerals < 3 && (Digits.isAscii(s.charAt(pos)) || CHINESE_NUMERALS.indexOf(s.charAt(pos)) >= 0)) {
            pos++;
        }
        if (pos == numerals || pos >= to) {
            return false;
        }
        char after = s.charAt(pos);
        if (bracketed) {
            return after == ')' || after == '）';
        }
        if (chapter) {
            return "章节部分条篇".indexOf(after) >= 0;
        }
        return after == '、' || after == '．' || (after == '.' && (pos + 1 >= to || !Digits.isAscii(s.charAt(pos + 1))));
    }

    /** One call's view of the text as lines, and the decisions taken on them. */
    private static final class Page {
        private final String s;
        private final int lineCount;
        private final int[] start;
        private final int[] first;
        private final int[] last;
        private final int[] next;
        private final int[] nonSpace;
        private final boolean[] removed;
        /**
         * Texts of logical lines already found not to be chrome. Each round that joins lines checks every line
         * again, and most are unchanged; the verdict depends on the text alone.
         */
        private final Set<String> notChrome = new HashSet<>();
        private final boolean[] glue;
        private final boolean[] keepSpaces;
        /** The line glued onto the start of each line, or -1. */
        private final int[] gluedFrom;

        Page(String s) {
            this.s = s;
            int n = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    n++;
                }
            }
            lineCount = n;
            start = new int[n];
            first = new int[n];
            last = new int[n];
            next = new int[n];
            nonSpace = new int[n];
            removed = new boolean[n];
            glue = new boolean[n];
            keepSpaces = new boolean[n];
            gluedFrom = new int[n];
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == '\n') {
                    measure(line, lineStart, i, i == s.length() ? i : i + 1);
                    line++;
                    lineStart = i + 1;
                }
            }
        }

        private void measure(int line, int from, int to, int following) {
            start[line] = from;
            next[line] = following;
            int a = from;
            while (a < to && isSpace(s.charAt(a))) {
                a++;
            }
            int b = to;
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            first[line] = a;
            last[line] = b;
            int count = 0;
            for (int i = a; i < b; i++) {
                if (!isSpace(s.charAt(i))) {
                    count++;
                }
            }
            nonSpace[line] = count;
        }

        private boolean isBlank(int line) {
            return first[line] == last[line];
        }

        /** The next line after {@code line} that is neither blank nor removed, or {@code lineCount}. */
        private int nextContent(int line) {
            int j = line + 1;
            while (j < lineCount && (removed[j] || isBlank(j))) {
                j++;
            }
            return j;
        }

        private boolean blankBetween(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (!removed[k] && isBlank(k)) {
                    return true;
                }
            }
            return false;
        }

        /** A line of the output: physical lines {@code first..last} joined by glue. */
        private record Logical(int firstLine, int lastLine, int nonSpace) {
        }

        private List<Logical> logicals() {
            List<Logical> out = new ArrayList<>();
            int i = 0;
            while (i < lineCount) {
                if (removed[i] || isBlank(i)) {
                    i++;
                    continue;
                }
                int a = i;
                int b = i;
                int count = nonSpace[i];
                while (glue[b]) {
                    int j = nextContent(b);
                    if (j >= lineCount) {
                        glue[b] = false;
                        break;
                    }
                    b = j;
                    count += nonSpace[j];
                }
                out.add(new Logical(a, b, count));
                i = b + 1;
            }
            return out;
        }

        private String text(Logical logical) {
            StringBuilder out = new StringBuilder();
            for (int k = logical.firstLine(); ; k = nextContent(k)) {
                out.append(s, first[k], last[k]);
                if (k == logical.lastLine()) {
                    return out.toString();
                }
            }
        }

        private void forEachLine(Logical logical, IntConsumer action) {
            for (int k = logical.firstLine(); ; k = nextContent(k)) {
                action.accept(k);
                if (k == logical.lastLine()) {
                    return;
                }
            }
        }

        void decide() {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (!removeChrome() && !joinVerticalHeadlines() && !joinBrokenLines()) {
                    break;
                }
            }
            Arrays.fill(gluedFrom, -1);
            for (Logical logical : logicals()) {
                for (int k = logical.firstLine(); k != logical.lastLine(); ) {
                    int j = nextContent(k);
                    gluedFrom[j] = k;
                    k = j;
                }
                if (isSpeakerLine(logical)) {
                    forEachLine(logical, k -> keepSpaces[k] = true);
                }
            }
        }

        private boolean removeChrome() {
            boolean changed = false;
            for (Logical logical : logicals()) {
                if (logical.nonSpace() <= 160 && isChrome(text(logical))) {
                    List<Integer> lines = new ArrayList<>();
                    forEachLine(logical, lines::add);
                    for (int k : lines) {
                        removed[k] = true;
                        glue[k] = false;
                    }
                    changed = true;
                }
            }
            return changed;
        }

        private boolean isChrome(String text) {
            if (notChrome.contains(text)) {
                return false;
            }
            boolean chrome = PageChrome.isChrome(text);
            if (!chrome) {
                notChrome.add(text);
            }
            return chrome;
        }

        private boolean joinVerticalHeadlines() {
            List<Logical> lines = logicals();
            boolean changed = false;
            int i = 0;
            while (i < lines.size()) {
                int j = i;
                while (j < lines.size() && isSingleHan(lines.get(j))) {
                    j++;
                }
                if (j - i >= MIN_VERTICAL_RUN) {
                    for (int k = i; k < j - 1; k++) {
                        glue[lines.get(k).lastLine()] = true;
                    }
                    changed = true;
                }
                i = Math.max(j, i + 1);
            }
            return changed;
        }

        private boolean isSingleHan(Logical logical) {
            int line = logical.firstLine();
            return logical.firstLine() == logical.lastLine() && last[line] - first[line] == 1
                    && isHan(s.charAt(first[line]));
        }

        private boolean joinBrokenLines() {
            List<Logical> lines = logicals();
            if (lines.size() < MIN_LINES_FOR_WIDTH) {
                return false;
            }
            int[] widths = new int[lines.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = lines.get(i).nonSpace();
            }
            Arrays.sort(widths);
            double fullLine = Math.max(MIN_FULL_LINE, FULL_LINE_SHARE * widths[widths.length / 2]);
            boolean changed = false;
            for (int i = 0; i + 1 < lines.size(); i++) {
                Logical a = lines.get(i);
                Logical b = lines.get(i + 1);
                if (a.nonSpace() >= fullLine && endsMidSentence(a) && continuesSentence(b)
                        && !blankBetween(a.lastLine(), b.firstLine())) {
                    glue[a.lastLine()] = true;
                    changed = true;
                }
            }
            return changed;
        }

        private boolean endsMidSentence(Logical logical) {
            char end = s.charAt(last[logical.lastLine()] - 1);
            boolean open = isHan(end) || Digits.isAscii(end) || (end < 128 && Character.isLetter(end))
                    || CONTINUING_ENDS.indexOf(end) >= 0;
            return open && !isHeading(s, first[logical.firstLine()], last[logical.firstLine()]);
        }

        private boolean continuesSentence(Logical logical) {
            int line = logical.firstLine();
            return start[line] == first[line] && BULLETS.indexOf(s.charAt(first[line])) < 0
                    && !isHeading(s, first[line], last[line]);
        }

        private boolean isSpeakerLine(Logical logical) {
            char end = s.charAt(last[logical.lastLine()] - 1);
            return (end == ':' || end == '：') && logical.nonSpace() <= MAX_SPEAKER_LINE;
        }

        Rewrite emit() {
            RewriteBuilder out = new RewriteBuilder(s);
            boolean gluedIn = false;
            int i = 0;
            while (i < lineCount) {
                if (removed[i]) {
                    out.skip(start[i], next[i]);
                    i++;
                    continue;
                }
                if (isBlank(i)) {
                    out.keep(start[i], next[i]);
                    i++;
                    continue;
                }
                if (gluedIn) {
                    out.skip(start[i], first[i]);
                } else {
                    out.keep(start[i], first[i]);
                }
                emitContent(out, i);
                if (glue[i]) {
                    int j = nextContent(i);
                    out.skip(last[i], start[j]);
                    gluedIn = true;
                    i = j;
                } else {
                    out.keep(last[i], next[i]);
                    gluedIn = false;
                    i++;
                }
            }
            return out.build();
        }

        private void emitContent(RewriteBuilder out, int line) {
            int kept = first[line];
            int end = last[line];
            if (!keepSpaces[line]) {
                int k = first[line];
                while (k < end) {
                    if (!isSpace(s.charAt(k))) {
                        k++;
                        continue;
                    }
                    int runEnd = k;
                    while (runEnd < end && isSpace(s.charAt(runEnd))) {
                        runEnd++;
                    }
                    if (isStray(k, runEnd, line)) {
                        out.keep(kept, k).skip(k, runEnd);
                        kept = runEnd;
                    }
                    k = runEnd;
                }
            }
            out.keep(kept, end);
        }

        /**
         * The first {@code n} characters other than spaces from {@code at} on, following glue into the next line: the
         * same characters a second run sees, since only spaces are removed and glued lines become one.
         */
        private String nonSpaceAhead(int at, int line, int n) {
            StringBuilder out = new StringBuilder(n);
            int pos = at;
            int current = line;
            while (out.length() < n) {
                if (pos >= last[current]) {
                    if (!glue[current]) {
                        break;
                    }
                    current = nextContent(current);
                    pos = first[current];
                    continue;
                }
                char c = s.charAt(pos++);
                if (!isSpace(c)) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** The nearest character other than a space before {@code at}, following glue back; a space if none. */
        private char nonSpaceBehind(int at, int line) {
            int pos = at;
            int current = line;
            while (true) {
                while (pos > first[current]) {
                    char c = s.charAt(--pos);
                    if (!isSpace(c)) {
                        return c;
                    }
                }
                if (gluedFrom[current] < 0) {
                    return ' ';
                }
                current = gluedFrom[current];
                pos = last[current];
            }
        }

        /** Whether the spaces {@code [from, to)} inside {@code line} are OCR or layout debris. */
        private boolean isStray(int from, int to, int line) {
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c == '\r' || c == '\f' || c == '\u000B') {
                    return false; // a line separator of its own, not a stray space
                }
            }
            char left = s.charAt(from - 1);
            char right = s.charAt(to);
            String ahead = nonSpaceAhead(to, line, 5);
            if (isClockTime(ahead)) {
                return false; // 2025年01月06日 19:19: the time is a field of its own
            }
            if (isChinese(left) || isChinese(right)) {
                return true;
            }
            if (isAsciiPunctuation(left) && isChinese(nonSpaceBehind(from - 1, line))) {
                return true;
            }
            if (isAsciiPunctuation(right) && ahead.length() > 1 && isChinese(ahead.charAt(1))) {
                return true;
            }
            if (Digits.isAscii(left) && (right == '%' || (right == '.' && ahead.length() > 1 && Digits.isAscii(ahead.charAt(1))))) {
                return true;
            }
            if (Digits.isAscii(left) && Digits.isAscii(right) && isSplitNumber(from, ahead, line)) {
                return true;
            }
            return left == '.' && Digits.isAscii(right) && Digits.isAscii(nonSpaceBehind(from - 1, line));
        }

        /**
         * {@code 达到 4 3 %}, {@code 完成 36.5 9亿元}: one number broken by a stray space, as pasted pages and OCR leave
         * them. In Chinese running text two numbers never stand apart by a space alone, so a space between digits is
         * stray when the number sits in such text (Chinese before it, a unit or Chinese after it) and one side is a
         * piece of at most {@value #MAX_SPLIT_PIECE} digits; columns of figures ({@code 2019 2020}) have neither.
         */
        private boolean isSplitNumber(int from, String ahead, int line) {
            int leftStart = from - 1;
            while (leftStart > first[line] && (Digits.isAscii(s.charAt(leftStart - 1)) || s.charAt(leftStart - 1) == '.')) {
                leftStart--;
            }
            int leftDigits = from - leftStart;
            int rightDigits = 0;
            while (rightDigits < ahead.length() && Digits.isAscii(ahead.charAt(rightDigits))) {
                rightDigits++;
            }
            if (Math.min(leftDigits, rightDigits) > MAX_SPLIT_PIECE || rightDigits == ahead.length()) {
                return false;
            }
            char after = ahead.charAt(rightDigits);
            return isChinese(nonSpaceBehind(leftStart, line)) && (isChinese(after) || after == '%');
        }
    }

    /** {@code 19:19} or {@code 9:05} at the start of {@code ahead}. */
    private static boolean isClockTime(String ahead) {
        int pos = 0;
        while (pos < ahead.length() && pos < 2 && Digits.isAscii(ahead.charAt(pos))) {
            pos++;
        }
        return pos > 0 && pos + 2 < ahead.length() && ahead.charAt(pos) == ':' && Digits.isAscii(ahead.charAt(pos + 1)) && Digits.isAscii(ahead.charAt(pos + 2));
    }
}
