"""The database schema, as numbered migration steps; PRAGMA user_version says which have run."""

from __future__ import annotations

from . import crypto
from .db import Database, Migration


def step_1_records_links_tags_audit_search(db: Database) -> None:
    """The first schema: records with their JSON body, people, links, tags, audit, search."""
    db.execute("""
        CREATE TABLE records (
            num        INTEGER PRIMARY KEY,  -- stable rowid, shared with search_index
            id         TEXT NOT NULL UNIQUE,
            kind       TEXT NOT NULL,
            case_id    TEXT REFERENCES records(id) ON DELETE RESTRICT,
            created    TEXT NOT NULL,
            updated    TEXT NOT NULL,
            label      TEXT NOT NULL,
            type       TEXT NOT NULL DEFAULT '',
            date       TEXT NOT NULL DEFAULT '',
            sort_start INTEGER NOT NULL,  -- minutes since 0001-01-01; UNDATED when unknown
            sort_end   INTEGER NOT NULL,
            day_order  INTEGER NOT NULL DEFAULT 0
        )""")
    # Bodies apart: lists, timelines and search joins then read small rows, many to a page.
    db.execute("""
        CREATE TABLE record_bodies (
            num  INTEGER PRIMARY KEY REFERENCES records(num) ON DELETE CASCADE,
            body TEXT NOT NULL  -- the record's fields as JSON
        )""")
    # In the timeline's order and holding what it shows, so that a chronology is one read of
    # the index, without sorting and without visiting the table; it serves lookups by case too.
    db.execute(
        "CREATE INDEX records_by_time ON records(case_id, sort_start, day_order, sort_end, num,"
        " kind, type, date, id, label)"
    )
    # Keyed by the records' integer numbers: random UUID keys cost twice as much to insert.
    db.execute("""
        CREATE TABLE record_people (
            record_num INTEGER NOT NULL REFERENCES records(num) ON DELETE CASCADE,
            person_num INTEGER NOT NULL REFERENCES records(num) ON DELETE RESTRICT,
            role       TEXT NOT NULL,
            PRIMARY KEY (record_num, person_num, role)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX record_people_by_person ON record_people(person_num)")
    db.execute("""
        CREATE TABLE links (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
            from_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
            to_id   TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
            kind    TEXT NOT NULL,
            note    TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            UNIQUE (from_id, to_id, kind)
        )""")
    db.execute("CREATE INDEX links_by_target ON links(to_id)")
    db.execute("""
        CREATE TABLE tags (
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
            tag       TEXT NOT NULL,
            PRIMARY KEY (record_id, tag)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX tags_by_tag ON tags(tag)")
    db.execute("""
        CREATE TABLE audit (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            action    TEXT NOT NULL,
            record_id TEXT NOT NULL,
            digest    TEXT NOT NULL,
            prev      TEXT NOT NULL,
            hash      TEXT NOT NULL
        )""")
    # Accents and case folded; unicode61 knows Cyrillic case.
    db.execute("""
        CREATE VIRTUAL TABLE search_index USING fts5(
            label, content, tokenize = 'unicode61 remove_diacritics 2'
        )""")


def step_2_evidence_files_and_custody(db: Database) -> None:
    """Evidence files (their keys, hashes and fixity) and the custody events of the audit log."""
    # One row per stored file. Deleting it (secure_delete is on) destroys the file's key,
    # so the blob is unreadable even where its bytes survive on the disk.
    db.execute("""
        CREATE TABLE evidence_files (
            num           INTEGER PRIMARY KEY REFERENCES records(num) ON DELETE RESTRICT,
            blob_id       TEXT NOT NULL UNIQUE,
            key_nonce     BLOB NOT NULL,
            sealed_key    BLOB NOT NULL,
            salt          BLOB NOT NULL,
            chunk_bytes   INTEGER NOT NULL,
            size          INTEGER NOT NULL,
            sha256        TEXT NOT NULL,
            sha512        TEXT NOT NULL,
            original_name TEXT NOT NULL,
            media_type    TEXT NOT NULL,
            imported_at   TEXT NOT NULL,
            fixity        TEXT NOT NULL DEFAULT 'unverified',
            fixity_at     TEXT NOT NULL DEFAULT ''
        )""")
    # The readable half of a custody event; its audit entry's digest covers this row, so the
    # chain proves it. No foreign key: the history outlives the item it describes.
    db.execute("""
        CREATE TABLE custody (
            seq       INTEGER PRIMARY KEY REFERENCES audit(seq),
            record_id TEXT NOT NULL,
            event     TEXT NOT NULL,
            actor     TEXT NOT NULL,
            purpose   TEXT NOT NULL,
            sha256    TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX custody_by_record ON custody(record_id, seq)")


def step_3_signing_key(db: Database) -> None:
    """The notebook's own Ed25519 key, which signs what it exports (evidence bundles).

    The private half lives only here, inside the encrypted database; a notebook made before
    this step gets its key when it is first opened for writing.
    """
    db.execute("""
        CREATE TABLE identity (
            purpose     TEXT PRIMARY KEY,
            private_key BLOB NOT NULL,
            public_key  BLOB NOT NULL
        ) WITHOUT ROWID""")
    private_key = crypto.new_signing_key()
    db.execute(
        "INSERT INTO identity(purpose, private_key, public_key) VALUES ('signing', ?, ?)",
        (private_key, crypto.public_key_of(private_key)),
    )


def step_4_receiving_key(db: Database) -> None:
    """The notebook's X25519 key, to which others encrypt the case packages they send it.

    With the signing key it makes the notebook's identity: its public halves are the contact
    code a defender gives a lawyer, and the other way round.
    """
    private_key = crypto.new_receiving_key()
    db.execute(
        "INSERT INTO identity(purpose, private_key, public_key) VALUES ('receiving', ?, ?)",
        (private_key, crypto.receiving_public_key_of(private_key)),
    )


def step_5_case_exchanges(db: Database) -> None:
    """Case packages sent and received, and what each record was when last exchanged.

    `exchanges` says which notebooks (by fingerprint) a case went to or came from and when, so
    a package from a stranger for a case we share with someone else is caught, and an older
    package replayed after a newer one is refused. `exchange_base` keeps, per peer and record,
    the digest of the version last sent or received: the base of the three-way comparison
    that tells their edits from ours.
    """
    db.execute("""
        CREATE TABLE exchanges (
            package_id TEXT PRIMARY KEY,
            direction  TEXT NOT NULL,  -- sent, received
            peer       TEXT NOT NULL,  -- the other notebook's fingerprint
            case_id    TEXT NOT NULL,
            created    TEXT NOT NULL,  -- when the package was made, by its maker's clock
            at         TEXT NOT NULL,  -- when it was sent or received here
            redacted   INTEGER NOT NULL,
            records    INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX exchanges_by_case ON exchanges(case_id, peer, direction)")
    db.execute("""
        CREATE TABLE exchange_base (
            peer      TEXT NOT NULL,
            record_id TEXT NOT NULL,
            case_id   TEXT NOT NULL,  -- kept here: the record may since have been deleted
            digest    TEXT NOT NULL,
            PRIMARY KEY (peer, record_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX exchange_base_by_case ON exchange_base(peer, case_id)")


MIGRATIONS: tuple[Migration, ...] = (
    step_1_records_links_tags_audit_search,
    step_2_evidence_files_and_custody,
    step_3_signing_key,
    step_4_receiving_key,
    step_5_case_exchanges,
)
