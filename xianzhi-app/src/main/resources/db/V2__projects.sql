-- Xianzhi store, version 2: the project events, commitments and officials of PROJECTS.md, beside the facts.
-- Like facts they are rows of their document, numbered by seq, written and replaced with it in one transaction.
-- Dates are ISO text (2025-05-31), which both DuckDB and PostgreSQL compare in calendar order.

CREATE TABLE project_events (
    doc_id               VARCHAR(64) NOT NULL,
    seq                  INTEGER NOT NULL,
    region               TEXT NOT NULL,
    region_code          VARCHAR(6),
    name                 TEXT NOT NULL,
    stage                TEXT NOT NULL,
    status               TEXT NOT NULL,
    period               INTEGER NOT NULL,
    deadline             VARCHAR(10),
    investment           DECIMAL(38, 10),
    investment_unit      TEXT,
    investment_qualifier TEXT,
    level                TEXT,
    text                 TEXT,
    evidence_start       INTEGER NOT NULL,
    evidence_end         INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE commitments (
    doc_id         VARCHAR(64) NOT NULL,
    seq            INTEGER NOT NULL,
    region         TEXT NOT NULL,
    region_code    VARCHAR(6),
    action         TEXT NOT NULL,
    deadline       VARCHAR(10) NOT NULL,
    period         INTEGER NOT NULL,
    subject        TEXT,
    text           TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE officials (
    doc_id         VARCHAR(64) NOT NULL,
    seq            INTEGER NOT NULL,
    region         TEXT NOT NULL,
    region_code    VARCHAR(6),
    name           TEXT NOT NULL,
    title          TEXT NOT NULL,
    spoke_on       VARCHAR(10),
    text           TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
