package org.xianzhi.app.export;

import java.util.Locale;

/** The file formats facts are exported in. */
public enum ExportFormat {
    CSV, JSONL, PARQUET, XLSX;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
