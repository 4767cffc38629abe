package org.xianzhi.core.extract;

import org.xianzhi.core.segment.Clause;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.Words;

/**
 * The period a turn of speech sets for the sentences that follow. A speaker's turn opening with a time
 * ({@code 王某:去年以来,…}) sets it until another such opening or a heading: it outlives the turn, since in an interview
 * the questions that follow go on about the same year; the answer's first clause frames it wherever it names the time
 * ({@code 王某:市委就今年全市经济工作作了安排}). A paragraph opening with a time ({@code 今年,…}) sets it for that
 * paragraph only, the next paragraph of a report speaking of its section's year again, and only when the time starts
 * it: {@code 面对今年初的疫情,…} names a time without speaking from it. Feed it every sentence of a document in order.
 */
public final class SpeakerTurn {
    /** A speaker's name and title stand within this many characters of the line's start, before the colon. */
    private static final int MAX_SPEAKER = 25;

    /** Openings that turn what follows to plans. */
    private static final String[] FUTURE = {"下一步", "今后", "接下来"};

    private final String text;
    private final TimeFrame time;
    private Period turn;
    private Period paragraph;
    private boolean ahead;

    public SpeakerTurn(String text, TimeFrame time) {
        this.text = text;
        this.time = time;
    }

    /** Reads the next sentence; a sentence that opens a line may start a turn or set its time. */
    public void update(Sentence sentence) {
        boolean startsLine = sentence.start() == 0 || text.charAt(sentence.start() - 1) == '\n';
        if (!startsLine) {
            return;
        }
        int colon = Words.indexOf(text, ":", sentence.start(), Math.min(sentence.end(), sentence.start() + MAX_SPEAKER + 1));
        boolean speaker = colon > 0;
        if (sentence.section().start() == sentence.start()) {
            turn = null;
            ahead = false;
        }
        paragraph = null;
        Clause opening = sentence.clauseAt(speaker ? colon + 1 : sentence.start());
        String words = text.substring(opening.start(), opening.end());
        if (speaker) {
            ahead = false;
            time.relative(words).ifPresent(p -> {
                turn = p;
                ahead = words.contains("今年") && !words.contains("来");
            });
        } else {
            paragraph = time.opening(words).orElse(null);
            if (time.relative(words).isPresent()) {
                ahead = words.contains("今年") && !words.contains("来");
            }
        }
        if (Words.containsAny(words, FUTURE)) {
            ahead = true;
        }
    }

    /**
     * Whether the turn speaks of the year ahead: opened with {@code 今年} ({@code 今年,我们将…}, an interview's
     * {@code 市委就今年全市经济工作进行了安排}) or {@code 下一步}, rather than {@code 去年以来} or {@code 今年以来},
     * which look back.
     */
    public boolean aimsAhead() {
        return ahead;
    }

    /** The period the current paragraph or turn set, or null. */
    public Period period() {
        return paragraph != null ? paragraph : turn;
    }
}
