package org.xianzhi.app.quality;

import java.util.Objects;

/**
 * One doubt about one fact.
 *
 * @param fact   the fact doubted
 * @param check  what was found wrong
 * @param detail the figures that show it, without words of either language
 *               ({@code 74% ∉ [-20, 30]}, {@code 58.3亿元 ≠ 61.2亿元 (report-2023.txt)})
 */
public record QualityFlag(FactRef fact, QualityCheck check, String detail) {
    public QualityFlag {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    /** The flag in English words: what was found, then the figures. */
    public String reason() {
        return check.english() + ": " + detail;
    }
}
