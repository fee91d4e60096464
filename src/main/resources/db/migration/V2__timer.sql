-- Schema version 2: what the framework timer records and keeps (issue: a framework timer
-- an interviewer would trust). Conventions as in V1.

-- Time spent paused in each phase, and how often; pauses count towards no budget.
ALTER TABLE attempt_phases ADD COLUMN paused_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempt_phases ADD COLUMN pauses INTEGER NOT NULL DEFAULT 0;

-- Interviewer probes shown during the round, and how long the user took to acknowledge.
CREATE TABLE attempt_probes (
    attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    text        TEXT    NOT NULL,
    phase_id    TEXT,
    shown_at_ms INTEGER NOT NULL,  -- round time (pauses excluded) when the card appeared
    response_ms INTEGER,           -- appearance to acknowledgement; NULL if never acknowledged
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;

-- The user's own frameworks. Phases are a JSON array of {id, title, minutes, guide, prompt},
-- the shape of a pack's framework phases (question-packs/README.md).
CREATE TABLE user_frameworks (
    id          TEXT    PRIMARY KEY,
    title       TEXT    NOT NULL,
    phases_json TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL  -- epoch ms
);

-- Small user settings, e.g. whether extending a phase takes time from later phases.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
