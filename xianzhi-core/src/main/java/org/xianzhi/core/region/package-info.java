/**
 * Regions: the administrative divisions of China (province, prefecture, county level; GB/T 2260 codes) and the
 * reading of a document's own region. {@link org.xianzhi.core.region.RegionGazetteer} holds the divisions (shipped as
 * {@code regions.tsv}, built by {@code tools/build-regions.mjs}) and finds their names in text;
 * {@link org.xianzhi.core.region.RegionResolver} takes a document's normalized simplified text and decides which
 * county it is about, and whether a figure at a position is about that county or about its city, province or nation.
 * Everything is immutable and thread-safe; nothing here throws on odd text.
 */
package org.xianzhi.core.region;
