-- Schema version 8: each round's recording, linked to its attempt through the round id (attempts.round_id, version 6).

-- One row per recorded round. The audio is in files under the data folder (folder, relative
-- to it: recordings/<round_id>/segment-NNN.opus and chunks.jsonl); the row links them to the
-- attempt and keeps the talk figures for Progress. No foreign key: a recording exists while
-- its round runs, before there is an attempt, and outlives a deleted attempt until the undo
-- window has passed.
CREATE TABLE recordings (
    round_id TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    created_at INTEGER NOT NULL,          -- epoch ms, when the round's recording began
    bytes INTEGER NOT NULL DEFAULT 0,     -- size on disk when the round ended
    audio_ms INTEGER NOT NULL DEFAULT 0,  -- round time the recording covers
    -- The talk figures, NULL until the round's attempt is saved.
    talk_ms INTEGER,
    longest_silence_ms INTEGER,
    mean_response_ms INTEGER,
    figures_json TEXT                     -- per phase and per probe, as TalkFigures in JSON
);
