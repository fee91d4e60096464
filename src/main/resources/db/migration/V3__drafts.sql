-- Schema version 3: never lose a round (autosaved drafts, unfinished attempts).

-- The round in progress, autosaved every few seconds and at every phase change, so a
-- crash or power loss costs at most those seconds. At most one row: one round at a time.
CREATE TABLE round_draft (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    draft_json TEXT    NOT NULL,  -- dev.mockloop.session.RoundDraft as JSON
    saved_at   INTEGER NOT NULL   -- epoch ms
);

-- A round recovered after a crash can be kept unscored: its verdict is NULL. SQLite cannot
-- relax a column constraint in place, so the table is rebuilt (foreign keys are off during
-- migrations, and the child tables refer to "attempts" by name).
CREATE TABLE attempts_v3 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    pack_id           TEXT    NOT NULL,
    pack_version      TEXT,
    question_id       TEXT    NOT NULL,
    question_title    TEXT,
    behavioral_prompt TEXT,
    design_prompt     TEXT,
    framework_id      TEXT,
    framework_title   TEXT,
    started_at        INTEGER NOT NULL,
    ended_at          INTEGER NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    sketch_json       TEXT,
    sketch_png        BLOB    NOT NULL DEFAULT x'',
    -- NULL: an unfinished round, saved from a crash without a score.
    verdict           TEXT
        CHECK (verdict IS NULL OR verdict IN ('STRONG_NO_HIRE', 'NO_HIRE', 'LEAN_HIRE', 'HIRE', 'STRONG_HIRE')),
    reflection        TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL
);
INSERT INTO attempts_v3 SELECT id, pack_id, pack_version, question_id, question_title, behavioral_prompt,
    design_prompt, framework_id, framework_title, started_at, ended_at, notes, sketch_json, sketch_png,
    verdict, reflection, created_at FROM attempts;
DROP TABLE attempts;
ALTER TABLE attempts_v3 RENAME TO attempts;
CREATE INDEX attempts_by_start ON attempts (started_at);
CREATE INDEX attempts_by_question ON attempts (pack_id, question_id);
