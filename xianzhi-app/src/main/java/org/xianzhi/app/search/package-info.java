/**
 * Full-text search over the stored documents: a Lucene index (smartcn words) of each document's normalized text, kept
 * beside the store and in step with it. {@link org.xianzhi.app.search.SearchIndex} answers a query with
 * {@link org.xianzhi.app.search.SearchHit}s whose {@link org.xianzhi.app.search.Passage}s are HTML-safe snippets of
 * normalized text with the matches marked, each carrying its span in the original text. The store is the truth:
 * {@link org.xianzhi.app.search.SearchSync} brings the index back in step with it after any crash.
 */
package org.xianzhi.app.search;
