/** The pipeline: one {@link org.xianzhi.core.ingest.SourceDocument} in, its clean text and its facts out. */
package org.xianzhi.core.pipeline;
