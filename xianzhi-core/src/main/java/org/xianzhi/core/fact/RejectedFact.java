package org.xianzhi.core.fact;

/**
 * A fact read from a document but refused before it could reach a store, and why.
 *
 * @param fact   the fact as read
 * @param reason why it was refused, in words fit to print
 */
public record RejectedFact(Fact fact, String reason) {
    /** One line naming the file, the figure as written, where it stands and the reason. */
    public String message() {
        return fact.file() + ": " + fact.indicator() + " " + fact.asWritten() + " at [" + fact.start() + ", " + fact.end()
                + ") dropped: " + reason;
    }
}
