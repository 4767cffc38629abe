package org.xianzhi.core.ingest;

/** The container a document came in. */
public enum DocumentFormat {
    TEXT, HTML, PDF, DOCX
}
