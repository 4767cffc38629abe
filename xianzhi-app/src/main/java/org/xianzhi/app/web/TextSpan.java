package org.xianzhi.app.web;

/**
 * A span {@code [start, end)} of a document's original text, as links name it: {@code ?at=start-end}.
 *
 * @param start the first character
 * @param end   one past the last
 */
record TextSpan(int start, int end) {
    TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("at must be start-end with 0 ≤ start ≤ end, was " + start + "-" + end);
        }
    }

    /** {@code 120-168}; null for null. */
    static TextSpan parse(String at) {
        if (at == null) {
            return null;
        }
        int dash = at.indexOf('-');
        try {
            return new TextSpan(Integer.parseInt(at.substring(0, dash).strip()), Integer.parseInt(at.substring(dash + 1).strip()));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("at must be start-end, two offsets into the original text, was '" + at + "'", e);
        }
    }
}
