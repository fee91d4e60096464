-- Schema version 7: what the offline coach saw in each round.

-- One row per round the coach read, keyed on the round's id (attempts.round_id, version 6).
-- Written after the round's attempt is saved. No foreign key: a deleted attempt that is
-- brought back by Undo finds its coverage again; rows of rounds with no attempt are never
-- joined. result_json is the whole result (each item, covered or not, with its score and
-- evidence) as dev.mockloop.coach.CoverageResult writes it.
CREATE TABLE coach_coverage (
    round_id    TEXT PRIMARY KEY,
    covered     INTEGER NOT NULL CHECK (covered >= 0),
    total       INTEGER NOT NULL CHECK (total >= covered),
    result_json TEXT NOT NULL,
    coach       TEXT NOT NULL,    -- which coach and calibration wrote it, e.g. 'minilm-l6-v2-q/1'
    created_at  INTEGER NOT NULL  -- ms since the epoch
);
