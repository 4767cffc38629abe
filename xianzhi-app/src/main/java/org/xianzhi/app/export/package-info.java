/**
 * Exports: the facts a {@link org.xianzhi.app.store.FactQuery} selects, written as CSV (UTF-8 with a byte order mark),
 * JSONL, Parquet or XLSX with FACTS.md's columns, from either kind of store.
 */
package org.xianzhi.app.export;
