package org.xianzhi.app.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of publication a document is, read from the words of its head. */
public enum DocumentKind {
    /** 政府工作报告: a year's review and the next year's targets. */
    WORK_REPORT,
    /** 新闻发布会: a press-conference transcript. */
    PRESS_CONFERENCE,
    /** 专访, 访谈: a newspaper or broadcast interview. */
    INTERVIEW,
    /** Anything else: news items, bulletins. */
    OTHER;

    /** Only the head is read: a body may quote another kind of document (an interview citing the work report). */
    private static final int HEAD = 300;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a label ({@code work_report}); an unknown one is refused with the labels there are. */
    public static DocumentKind ofLabel(String label) {
        for (DocumentKind kind : values()) {
            if (kind.label().equals(label.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'; the kinds are "
                + Arrays.stream(values()).map(DocumentKind::label).collect(Collectors.joining(", ")));
    }

    /** The kind of a document from its normalized simplified text. */
    public static DocumentKind of(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (head.contains("政府工作报告")) {
            return WORK_REPORT;
        }
        if (head.contains("发布会")) {
            return PRESS_CONFERENCE;
        }
        if (head.contains("专访") || head.contains("访谈") || head.contains("记者")) {
            return INTERVIEW;
        }
        return OTHER;
    }
}
