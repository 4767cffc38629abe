/**
 * Ingest: files (or stored documents, to re-extract them) through the pipeline into the store, on every core.
 * Extraction runs on a pool of threads; one writer commits the results in batches, a document always together with
 * its facts, so a run killed at any moment leaves the store consistent and a re-run finishes the work. A file that
 * cannot be read or extracted is reported with its reason and never stops the run.
 */
package org.xianzhi.app.ingest;
