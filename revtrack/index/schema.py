"""The index's tables: what the queries read, rebuilt from the git history alone.

Bump ``SCHEMA_VERSION`` whenever a table changes; an index of another version is
dropped and rebuilt on the next query. Rows that depend on what the differ and the
notice parser compute (changes, correction entries, stealth edits, version sizes) carry
no version of their own: each article records the computation version its rows were made
with (``articles.derived``), and an article whose stamp differs is computed again.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

TABLES = ("meta", "articles", "versions", "events", "changes", "corrections", "stealth")
# What the differ and the notice parser gave for texts seen before, by the SHA-256 of
# the stored files and the computation stamp: kept by ``reindex`` (a rebuild of the
# rows above), dropped with the file or when the schema changes.
MEMO_TABLES = ("memo_notices", "memo_changes")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    title TEXT,
    versions INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_changed TEXT NOT NULL,
    last_us INTEGER NOT NULL,
    derived TEXT
);
CREATE INDEX IF NOT EXISTS articles_pending ON articles (derived);
CREATE TABLE IF NOT EXISTS versions (
    article TEXT NOT NULL,
    seq INTEGER NOT NULL,
    number INTEGER,
    commit_sha TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    observed_us INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    event TEXT,
    size INTEGER,
    sha256 TEXT,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    article TEXT NOT NULL,
    seq INTEGER NOT NULL,
    commit_sha TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    observed_us INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes (
    article TEXT NOT NULL,
    new_seq INTEGER NOT NULL,
    position INTEGER NOT NULL,
    old_version INTEGER NOT NULL,
    new_version INTEGER NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    significance TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    old_start INTEGER NOT NULL,
    old_end INTEGER NOT NULL,
    new_start INTEGER NOT NULL,
    new_end INTEGER NOT NULL,
    old_sentence TEXT NOT NULL,
    new_sentence TEXT NOT NULL,
    old_paragraph INTEGER,
    new_paragraph INTEGER,
    PRIMARY KEY (article, new_seq, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS corrections (
    article TEXT NOT NULL,
    position INTEGER NOT NULL,
    first_version INTEGER,
    first_seen TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    wrong TEXT,
    right TEXT,
    subject TEXT,
    notice_date TEXT,
    removed INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS memo_notices (
    stamp TEXT NOT NULL,
    text_sha TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (stamp, text_sha)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS memo_changes (
    stamp TEXT NOT NULL,
    old_sha TEXT NOT NULL,
    new_sha TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (stamp, old_sha, new_sha)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stealth (
    article TEXT NOT NULL,
    position INTEGER NOT NULL,
    new_version INTEGER,
    observed_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
"""
