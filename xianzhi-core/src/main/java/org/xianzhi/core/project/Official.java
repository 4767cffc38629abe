package org.xianzhi.core.project;

import java.util.Objects;

/**
 * Who spoke or signed (PROJECTS.md §3): a speaker of a transcript, the reporter of a work report, an interviewee.
 *
 * @param name   as written, simplified; an OCR-misread name stays as written
 * @param title  as written, simplified ({@code 县委副书记、政府县长})
 * @param date   the document's date, ISO to the precision known ({@code 2024-04-10}, {@code 2024}), or null
 * @param source where it was read
 */
public record Official(String name, String title, String date, Provenance source) {
    public Official {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }
}
