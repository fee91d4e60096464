-- Schema version 9: what interviewers made of a round (interviewer mode, issue 13).
-- Conventions as in V1.
--
-- Keyed on the round's id (attempts.round_id, from version 6), not on the attempt's row id:
-- an interviewer may submit before the candidate saves the attempt, and a deleted attempt put
-- back by Undo keeps its round id, so its sheets come back with it. Hence no foreign key to
-- attempts.
CREATE TABLE interviewer_sheets (
    round_id  TEXT    NOT NULL,
    seat      INTEGER NOT NULL CHECK (seat IN (1, 2)),  -- 2: a second interviewer the candidate allowed
    -- The name of a dev.mockloop.attempt.Verdict constant, or NULL in a draft without one.
    verdict   TEXT CHECK (verdict IS NULL OR verdict IN ('STRONG_NO_HIRE', 'NO_HIRE', 'LEAN_HIRE', 'HIRE', 'STRONG_HIRE')),
    feedback  TEXT    NOT NULL DEFAULT '',  -- written for the candidate
    notes     TEXT    NOT NULL DEFAULT '',  -- taken during the round
    -- 1 when the interviewer pressed Submit; 0 for a draft kept when the round was saved (or the
    -- invitation withdrawn) before they did.
    submitted INTEGER NOT NULL CHECK (submitted IN (0, 1)),
    saved_at  INTEGER NOT NULL,  -- epoch ms
    PRIMARY KEY (round_id, seat)
) WITHOUT ROWID;

CREATE TABLE interviewer_scores (
    round_id     TEXT    NOT NULL,
    seat         INTEGER NOT NULL,
    dimension_id TEXT    NOT NULL,
    level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    PRIMARY KEY (round_id, seat, dimension_id),
    FOREIGN KEY (round_id, seat) REFERENCES interviewer_sheets (round_id, seat) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE interviewer_failure_modes (
    round_id        TEXT    NOT NULL,
    seat            INTEGER NOT NULL,
    position        INTEGER NOT NULL CHECK (position >= 0),  -- in the order ticked
    failure_mode_id TEXT    NOT NULL,
    PRIMARY KEY (round_id, seat, position),
    FOREIGN KEY (round_id, seat) REFERENCES interviewer_sheets (round_id, seat) ON DELETE CASCADE
) WITHOUT ROWID;
