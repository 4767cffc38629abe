package org.xianzhi.core.extract;

import org.xianzhi.core.segment.Clause;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.Words;

/**
 * The period a speaker's turn ({@code 王某:去年以来,…}) or a paragraph opening with a time ({@code 今年,…}) sets for
 * the sentences that follow, until another such opening or a heading. It outlives the turn: in an interview the
 * questions that follow go on about the same year. Feed it every sentence of a document in order.
 */
public final class SpeakerTurn {
    /** A speaker's name and title stand within this many characters of the line's start, before the colon. */
    private static final int MAX_SPEAKER = 25;

    /** Openings that turn what follows to plans. */
    private static final String[] FUTURE = {"下一步", "今后", "接下来"};

    private final String text;
    private final TimeFrame time;
    private Period period;
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
        int colon = -1;
        for (int i = sentence.start(); i < Math.min(sentence.end(), sentence.start() + MAX_SPEAKER + 1); i++) {
            if (text.charAt(i) == ':') {
                colon = i;
                break;
            }
        }
        boolean speaker = colon > 0;
        if (sentence.section().start() == sentence.start()) {
            period = null;
            ahead = false;
        }
        Clause opening = sentence.clauseAt(speaker ? colon + 1 : sentence.start());
        String words = text.substring(opening.start(), opening.end());
        if (speaker) {
            ahead = false;
        }
        time.relative(words).ifPresent(p -> {
            period = p;
            ahead = words.contains("今年") && !words.contains("来");
        });
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

    /** The period the current turn set, or null. */
    public Period period() {
        return period;
    }
}
