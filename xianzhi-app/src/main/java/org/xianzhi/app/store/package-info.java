/**
 * The store: documents and their facts in a DuckDB file (the default) or a PostgreSQL database, one schema for both,
 * created and upgraded by the versioned scripts under {@code db/} at start-up. {@link org.xianzhi.app.store.FactStore}
 * is the service everything else queries; a document and its facts are always written in one transaction, so a store
 * killed at any moment holds every document either whole or not at all.
 */
package org.xianzhi.app.store;
