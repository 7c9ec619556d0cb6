-- Letters to the mailboxes, the audit trail of every change, and the server's secrets.
-- Applied once, in order, by crates/server/src/mailbox/store.rs (PRAGMA user_version).

CREATE TABLE letters (
    id              INTEGER PRIMARY KEY,
    -- Year of receipt and its 6-digit sequence: number = year || printf('%06d', seq).
    number          TEXT NOT NULL UNIQUE,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    -- The form's idempotency key and a hash of the letter's content, so a retry with the
    -- same key answers the same receipt and a different letter under it is refused.
    idem_key        TEXT NOT NULL UNIQUE,
    content_hash    BLOB NOT NULL,
    -- The query code, never stored as such: SHA-256(salt || code).
    code_salt       BLOB NOT NULL,
    code_hash       BLOB NOT NULL,
    mailbox         TEXT NOT NULL CHECK (mailbox IN ('director', 'enquiries', 'corrections')),
    category        TEXT NOT NULL CHECK (category IN ('enquiry', 'complaint', 'suggestion', 'help')),
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT NOT NULL,
    publish_consent INTEGER NOT NULL CHECK (publish_consent IN (0, 1)),
    status          TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in-progress', 'answered')),
    -- Dates in China Standard Time, YYYY-MM-DD; received_at is the UTC instant.
    received        TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    answered        TEXT,
    reply           TEXT,
    answered_by     TEXT,
    published       INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    UNIQUE (year, seq),
    CHECK (published = 0 OR (status = 'answered' AND publish_consent = 1))
);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    letter_id INTEGER REFERENCES letters (id),
    detail    TEXT
);

CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
