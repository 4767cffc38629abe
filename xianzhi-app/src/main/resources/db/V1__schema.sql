-- Xianzhi store, version 1: documents, their facts (FACTS.md), and the reference data they point to.
-- Runs unchanged on DuckDB and PostgreSQL: keep to the SQL both speak. Statements end with ';' at the end of a line.

CREATE TABLE regions (
    code        VARCHAR(6) PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL,
    parent_code VARCHAR(6),
    short_name  TEXT NOT NULL
);

CREATE TABLE indicators (
    name      TEXT PRIMARY KEY,
    unit      TEXT NOT NULL,
    dimension TEXT NOT NULL,
    measures  TEXT NOT NULL,
    core      BOOLEAN NOT NULL,
    parts     TEXT NOT NULL
);

CREATE TABLE indicator_aliases (
    alias TEXT NOT NULL,
    name  TEXT NOT NULL,
    PRIMARY KEY (alias, name)
);

-- Which version of each reference table is loaded, so that start-up reloads it only when the shipped data changed.
CREATE TABLE reference_data (
    name        TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);

-- One row per document, keyed by the SHA-256 of its bytes. A document and its facts are written in one transaction.
CREATE TABLE documents (
    id           VARCHAR(64) PRIMARY KEY,
    file         TEXT NOT NULL,
    format       TEXT NOT NULL,
    charset      TEXT NOT NULL,
    original     TEXT NOT NULL,
    normalized   TEXT NOT NULL,
    region_code  VARCHAR(6),
    region       TEXT,
    doc_year     INTEGER,
    doc_month    INTEGER,
    doc_day      INTEGER,
    kind         TEXT NOT NULL,
    fact_count   INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);

-- The facts of FACTS.md; seq orders them within their document. period_start and period_end are the period's years
-- (equal for a single year) so that year ranges can be queried.
CREATE TABLE facts (
    doc_id         VARCHAR(64) NOT NULL,
    seq            INTEGER NOT NULL,
    region         TEXT NOT NULL,
    region_code    VARCHAR(6),
    indicator      TEXT NOT NULL,
    measure        TEXT NOT NULL,
    status         TEXT NOT NULL,
    period         TEXT NOT NULL,
    period_start   INTEGER NOT NULL,
    period_end     INTEGER NOT NULL,
    value          DECIMAL(38, 10) NOT NULL,
    unit           TEXT NOT NULL,
    as_written     TEXT,
    qualifier      TEXT NOT NULL,
    scope          TEXT,
    text           TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
