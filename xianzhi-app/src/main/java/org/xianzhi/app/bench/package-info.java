/**
 * Benchmark material: generated county documents in the style of work reports, press-conference transcripts and
 * interviews, with random figures, so that throughput can be measured on a corpus of any size without real documents.
 */
package org.xianzhi.app.bench;
