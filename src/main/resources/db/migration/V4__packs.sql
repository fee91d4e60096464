-- Packs: which installed packs are switched on, where imported ones came from, and a log
-- of every import with its report (dev.mockloop.pack.install).
--
-- The packs themselves stay files (bundled in the app, imported ones in the data folder's
-- packs/ folder): this schema holds only what the files cannot. Attempts refer to packs
-- and questions by id and keep copies of their texts (V1), so nothing here is needed to
-- show an attempt, and removing a pack never touches attempts.
-- Self-contained: renumbering this file is a rename.

-- One row per pack the user has imported, authored or switched off; a bundled pack that
-- was never switched off has no row. Absent means enabled.
CREATE TABLE pack_state (
    pack_id    TEXT    NOT NULL PRIMARY KEY,
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    authored   INTEGER NOT NULL DEFAULT 0 CHECK (authored IN (0, 1)),  -- made in the app's editor
    origin     TEXT,              -- path or URL of the last import, NULL for bundled packs
    updated_at INTEGER NOT NULL   -- epoch ms of the last change to this row
) WITHOUT ROWID;

-- Every import that changed the packs folder, with its report in Anki's buckets.
CREATE TABLE pack_imports (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    pack_id           TEXT    NOT NULL,
    from_version      TEXT,              -- NULL when the pack was new
    to_version        TEXT    NOT NULL,
    origin            TEXT    NOT NULL,
    imported_at       INTEGER NOT NULL,  -- epoch ms
    new_count         INTEGER NOT NULL CHECK (new_count >= 0),
    updated_count     INTEGER NOT NULL CHECK (updated_count >= 0),
    duplicate_count   INTEGER NOT NULL CHECK (duplicate_count >= 0),
    conflicting_count INTEGER NOT NULL CHECK (conflicting_count >= 0),
    removed_count     INTEGER NOT NULL CHECK (removed_count >= 0)
);

CREATE INDEX pack_imports_by_pack ON pack_imports (pack_id, imported_at);
