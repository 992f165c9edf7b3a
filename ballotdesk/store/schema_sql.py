"""The SQL of each migration, in order: what a meeting file of each format must hold.

Kept apart from :mod:`ballotdesk.store.schema` (which applies them through sqlite-utils) so that
opening a meeting can compare the file's schema with what the migrations make without loading
sqlite-utils. Each migration function there runs its script here, so the two cannot disagree.
"""

from __future__ import annotations

M001 = """
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL, date TEXT NOT NULL, venue TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '', cutoff TEXT, voting_statuses TEXT NOT NULL DEFAULT '[]',
            quorum TEXT NOT NULL DEFAULT '0', four_eyes INTEGER NOT NULL DEFAULT 1,
            language TEXT NOT NULL DEFAULT 'en', pin_hash TEXT, pin_failures INTEGER NOT NULL DEFAULT 0,
            pin_locked_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE members (
            number TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '', ward TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '', join_date TEXT, status TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '', left_at TEXT, search TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX members_sort ON members (sort_key);
        -- The search column is already folded (lower case, no accents or punctuation) by
        -- domain.search, so the plain ascii tokenizer is enough and the fastest to build.
        -- Prefix indexes keep one- to three-letter searches at the desk within a frame.
        -- New rows are indexed in bulk by MeetingStore.insert_members, not by a trigger:
        -- a per-row trigger makes a 100,000-member import ten times slower.
        CREATE VIRTUAL TABLE members_fts USING fts5 (
            search, content='members', content_rowid='rowid', tokenize='ascii', prefix='1 2 3'
        );
        CREATE TRIGGER members_ad AFTER DELETE ON members BEGIN
            INSERT INTO members_fts (members_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
        END;
        CREATE TRIGGER members_au AFTER UPDATE OF search ON members BEGIN
            INSERT INTO members_fts (members_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
            INSERT INTO members_fts (rowid, search) VALUES (new.rowid, new.search);
        END;
        CREATE TABLE attendees (
            id INTEGER PRIMARY KEY, member_number TEXT UNIQUE REFERENCES members (number),
            kind TEXT NOT NULL CHECK (kind IN ('member', 'guest', 'provisional')),
            name TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
            vote_approved INTEGER NOT NULL DEFAULT 0,
            registered_at TEXT NOT NULL, registered_by TEXT NOT NULL DEFAULT '',
            departed_at TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            details TEXT NOT NULL, state TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
        );
        CREATE TABLE boxes (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, created_at TEXT NOT NULL
        );
        CREATE TABLE ballots (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, question TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL, options TEXT NOT NULL, seats INTEGER NOT NULL DEFAULT 1,
            abstain INTEGER NOT NULL DEFAULT 1, rule TEXT NOT NULL, base TEXT NOT NULL,
            elected_word TEXT NOT NULL DEFAULT 'elected', status TEXT NOT NULL DEFAULT 'draft',
            round INTEGER NOT NULL DEFAULT 1, previous_id INTEGER REFERENCES ballots (id),
            desk_issue INTEGER NOT NULL DEFAULT 0, desk_box_id INTEGER REFERENCES boxes (id),
            lot TEXT, created_at TEXT NOT NULL
        );
        CREATE TABLE papers (
            id INTEGER PRIMARY KEY, ballot_id INTEGER NOT NULL REFERENCES ballots (id),
            attendee_id INTEGER NOT NULL REFERENCES attendees (id),
            box_id INTEGER NOT NULL REFERENCES boxes (id), serial TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'live' CHECK (state IN ('live', 'spoilt', 'withdrawn')),
            issued_at TEXT NOT NULL, issued_by TEXT NOT NULL DEFAULT '', ended_at TEXT,
            replaces_id INTEGER REFERENCES papers (id)
        );
        CREATE UNIQUE INDEX papers_one_live ON papers (ballot_id, attendee_id) WHERE state = 'live';
        CREATE TABLE count_entries (
            id INTEGER PRIMARY KEY, ballot_id INTEGER NOT NULL REFERENCES ballots (id),
            box_id INTEGER NOT NULL REFERENCES boxes (id), teller TEXT NOT NULL,
            figures TEXT NOT NULL, rejected_reasons TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'discarded', 'accepted', 'set_aside')),
            entered_at TEXT NOT NULL
        );
        CREATE TABLE box_counts (
            ballot_id INTEGER NOT NULL REFERENCES ballots (id), box_id INTEGER NOT NULL REFERENCES boxes (id),
            figures TEXT NOT NULL, how TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (ballot_id, box_id)
        );
        CREATE TABLE results (
            id INTEGER PRIMARY KEY, ballot_id INTEGER NOT NULL REFERENCES ballots (id),
            version INTEGER NOT NULL, result TEXT NOT NULL, declared_at TEXT NOT NULL,
            declared_by TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
            UNIQUE (ballot_id, version)
        );
        """

M002 = """
        DROP TRIGGER IF EXISTS members_ad;
        DROP TRIGGER IF EXISTS members_au;
        DROP TABLE IF EXISTS members_fts;
        """

M003 = """
        ALTER TABLE audit ADD COLUMN key_id TEXT;
        ALTER TABLE audit ADD COLUMN mac TEXT;
        ALTER TABLE audit ADD COLUMN sig TEXT;
        CREATE TABLE chain_buckets (
            tbl TEXT NOT NULL, bucket INTEGER NOT NULL, digest BLOB NOT NULL, PRIMARY KEY (tbl, bucket)
        ) WITHOUT ROWID;
        """

M004 = """
        CREATE TABLE tellers (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, code_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """

M005 = """
        CREATE TABLE ranked_ballots (
            ballot_id INTEGER PRIMARY KEY REFERENCES ballots (id),
            method TEXT NOT NULL CHECK (method IN ('irv', 'stv')),
            rules TEXT NOT NULL CHECK (rules IN ('irv', 'scottish', 'ers97', 'meek')),
            lots TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE ranked_entries (
            id INTEGER PRIMARY KEY, ballot_id INTEGER NOT NULL REFERENCES ballots (id),
            box_id INTEGER NOT NULL REFERENCES boxes (id), batch INTEGER NOT NULL, teller TEXT NOT NULL,
            papers INTEGER NOT NULL, counted INTEGER, piles TEXT, last INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'accepted', 'set_aside', 'discarded')),
            how TEXT NOT NULL DEFAULT '', entered_at TEXT NOT NULL
        );
        CREATE INDEX ranked_entries_batch ON ranked_entries (ballot_id, box_id, batch);
        CREATE TABLE ranked_papers (
            entry_id INTEGER NOT NULL REFERENCES ranked_entries (id), position INTEGER NOT NULL,
            marks TEXT NOT NULL, PRIMARY KEY (entry_id, position)
        );
        """

M006 = """
        CREATE INDEX papers_attendee ON papers (attendee_id, ballot_id);
        """

SCRIPTS: tuple[tuple[str, str], ...] = (
    ("m001_meeting_roll_registration", M001),
    ("m002_search_in_memory", M002),
    ("m003_keyed_record", M003),
    ("m004_teller_codes", M004),
    ("m005_ranked_papers", M005),
    ("m006_papers_by_attendee", M006),
)
"""(migration name, its SQL) in the order applied."""
