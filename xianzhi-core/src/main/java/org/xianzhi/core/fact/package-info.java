/**
 * Facts: the records of FACTS.md, the pipeline's only output, and how they are scored against gold facts.
 * Guarantee: every fact's {@code start}/{@code end} point into the original document text.
 */
package org.xianzhi.core.fact;
