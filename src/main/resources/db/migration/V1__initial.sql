-- Schema version 1: saved practice rounds (dev.mockloop.attempt.Attempt) and their parts.
--
-- Conventions:
--   * Points in time are INTEGER milliseconds since the Unix epoch (UTC); durations are
--     INTEGER milliseconds.
--   * Titles and prompts are copied from the pack, so an attempt stays readable after its
--     pack changes or is removed.
--   * A column is NOT NULL where the Attempt records guarantee a value; the others may be
--     NULL exactly as the records allow, so every valid Attempt can be saved. Refusing a
--     round the user just finished over a missing title would lose their work.
--   * Child rows keep their list order in `position`, counted from 0.
-- Never edit this file once shipped: add V2__....sql and list it in Migrator.LADDER.

-- AUTOINCREMENT so the id of a deleted attempt is never handed to a new one: anything that
-- refers to attempts by id (reviews, exports) cannot end up pointing at the wrong round.
CREATE TABLE attempts (
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
    sketch_png        BLOB    NOT NULL DEFAULT x'',  -- empty when nothing was drawn
    -- The name of a dev.mockloop.attempt.Verdict constant; renaming one needs a migration.
    verdict           TEXT    NOT NULL
        CHECK (verdict IN ('STRONG_NO_HIRE', 'NO_HIRE', 'LEAN_HIRE', 'HIRE', 'STRONG_HIRE')),
    reflection        TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL  -- when the row was saved, epoch ms
);

-- History list, newest first.
CREATE INDEX attempts_by_start ON attempts (started_at);
-- "Have I done this question?" and per-question history.
CREATE INDEX attempts_by_question ON attempts (pack_id, question_id);

-- The children are stored clustered by attempt (WITHOUT ROWID), so reading one attempt's
-- rows, or summing them per attempt, touches few pages.
CREATE TABLE attempt_phases (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    phase_id   TEXT,
    title      TEXT,
    planned_ms INTEGER NOT NULL,
    actual_ms  INTEGER NOT NULL,  -- pauses excluded
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;

CREATE TABLE attempt_scores (
    attempt_id   INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    dimension_id TEXT,
    title        TEXT,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
    descriptor   TEXT,
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;

CREATE TABLE attempt_failure_modes (
    attempt_id      INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    failure_mode_id TEXT,
    title           TEXT,
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
