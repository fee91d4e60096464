-- Schema version 5: review (issue: history, attempt view, progress, what to practise next).
-- Conventions as in V1. Everything added here is derived from the V1-V3 tables and
-- backfilled at the end, so this script works from any older file.
--
-- Triggers keep the derived columns and the progress tables exact whichever code writes
-- the attempts. A later migration that rebuilds "attempts" (DROP TABLE) drops the triggers
-- on it and must create them again.
--
-- Phases and failure modes are only ever removed together with their attempt; the
-- progress tables are corrected in the attempt's BEFORE DELETE trigger, while the children
-- are still there to be read. Scores may also be replaced on their own (an edit): their
-- AFTER DELETE trigger corrects the totals only while the attempt still exists, since a
-- cascade runs after the attempt's row is gone and its BEFORE DELETE trigger has counted
-- them out already.

-- Per-attempt facts the history sorts and filters on without touching the child tables.
ALTER TABLE attempts ADD COLUMN day INTEGER;  -- calendar day of the start in the user's zone, days since 1970-01-01
ALTER TABLE attempts ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;  -- sum of the phases' actual_ms
ALTER TABLE attempts ADD COLUMN mean_score REAL;  -- mean of the scores, 1.0 to 4.0; NULL with none
ALTER TABLE attempts ADD COLUMN edited_at INTEGER;  -- epoch ms of the last edit of scores or reflection; NULL if never

-- The history reads only this narrow covering index (INDEXED BY in HistoryRepository): a
-- count or a page under any filter and order scans its entries, never the wide attempt
-- rows with their prompts, notes and sketches, and stops early when the order is by date.
CREATE INDEX attempts_history ON attempts (started_at, pack_id, question_id, day, verdict, duration_ms,
    mean_score, question_title, framework_title);
-- "Attempts where this failure mode was ticked", and the score of one dimension per attempt.
CREATE INDEX attempt_failure_modes_by_mode ON attempt_failure_modes (failure_mode_id, attempt_id);
CREATE INDEX attempt_scores_by_dimension ON attempt_scores (dimension_id, attempt_id, score);

-- What the installed packs say about each question (level, tags), recorded by the app from
-- every pack it loads or imports. Rows of a pack that was removed stay, so its attempts can
-- still be filtered by tag and level; a pack update overwrites them.
CREATE TABLE question_catalog (
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    level       TEXT NOT NULL,  -- the pack's level word: junior, mid, senior, staff, principal
    PRIMARY KEY (pack_id, question_id)
) WITHOUT ROWID;
CREATE INDEX question_catalog_by_level ON question_catalog (level);

CREATE TABLE question_tags (
    tag         TEXT NOT NULL,
    pack_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (tag, pack_id, question_id)
) WITHOUT ROWID;

-- The scoring as first saved, kept when the user edits scores, verdict or reflection later.
-- Written once, at the first edit; attempts.edited_at says when the last edit was.
CREATE TABLE attempt_originals (
    attempt_id  INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
    verdict     TEXT,
    reflection  TEXT NOT NULL,
    scores_json TEXT NOT NULL  -- [{"dimensionId","title","score","descriptor"}], in rubric order
);

-- Full-text search over titles, notes and reflections (external content: the text lives
-- only in attempts; rowid = attempts.id).
CREATE VIRTUAL TABLE attempts_fts USING fts5 (
    question_title, notes, reflection,
    content = 'attempts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Progress, pre-aggregated so the charts read a few thousand rows at most.
CREATE TABLE score_days (
    dimension_id TEXT    NOT NULL,
    day          INTEGER NOT NULL,  -- as attempts.day
    title        TEXT,              -- the dimension's title as last saved
    total        INTEGER NOT NULL,  -- sum of the scores given that day
    n            INTEGER NOT NULL,  -- how many
    PRIMARY KEY (dimension_id, day)
) WITHOUT ROWID;

CREATE TABLE practice_days (
    day       INTEGER PRIMARY KEY,  -- as attempts.day
    active_ms INTEGER NOT NULL,     -- time in phases, pauses excluded
    attempts  INTEGER NOT NULL
);

-- Phases never reached (actual 0 ms) are left out, as they would read as huge underruns.
CREATE TABLE phase_overruns (
    title      TEXT PRIMARY KEY,
    overrun_ms INTEGER NOT NULL,  -- sum of actual_ms - planned_ms
    n          INTEGER NOT NULL
) WITHOUT ROWID;

-- Attempts per verdict; '' counts the unfinished rounds (verdict NULL).
CREATE TABLE verdict_counts (
    verdict TEXT PRIMARY KEY,
    n       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE failure_mode_counts (
    failure_mode_id TEXT PRIMARY KEY,
    title           TEXT,
    n               INTEGER NOT NULL
) WITHOUT ROWID;

-- Backfill, then the triggers that keep everything current from here on.
UPDATE attempts SET
    day = CAST(ROUND(julianday(started_at / 1000, 'unixepoch', 'localtime', 'start of day') - 2440587.5) AS INTEGER),
    duration_ms = (SELECT COALESCE(SUM(p.actual_ms), 0) FROM attempt_phases p WHERE p.attempt_id = attempts.id),
    mean_score = (SELECT AVG(s.score) FROM attempt_scores s WHERE s.attempt_id = attempts.id);

INSERT INTO attempts_fts (attempts_fts) VALUES ('rebuild');

INSERT INTO score_days (dimension_id, day, title, total, n)
SELECT s.dimension_id, a.day, MAX(s.title), SUM(s.score), COUNT(*)
FROM attempt_scores s JOIN attempts a ON a.id = s.attempt_id
WHERE s.dimension_id IS NOT NULL
GROUP BY s.dimension_id, a.day;

INSERT INTO practice_days (day, active_ms, attempts)
SELECT day, SUM(duration_ms), COUNT(*) FROM attempts GROUP BY day;

INSERT INTO phase_overruns (title, overrun_ms, n)
SELECT title, SUM(actual_ms - planned_ms), COUNT(*) FROM attempt_phases
WHERE actual_ms > 0 AND title IS NOT NULL GROUP BY title;

INSERT INTO verdict_counts (verdict, n)
SELECT COALESCE(verdict, ''), COUNT(*) FROM attempts GROUP BY COALESCE(verdict, '');

INSERT INTO failure_mode_counts (failure_mode_id, title, n)
SELECT failure_mode_id, MAX(title), COUNT(*) FROM attempt_failure_modes
WHERE failure_mode_id IS NOT NULL GROUP BY failure_mode_id;

CREATE TRIGGER attempts_after_insert AFTER INSERT ON attempts BEGIN
    -- The app sets the day in the user's zone; anything else that inserts gets SQLite's local time.
    UPDATE attempts
    SET day = CAST(ROUND(julianday(NEW.started_at / 1000, 'unixepoch', 'localtime', 'start of day') - 2440587.5) AS INTEGER)
    WHERE id = NEW.id AND NEW.day IS NULL;
    INSERT INTO practice_days (day, active_ms, attempts)
    VALUES ((SELECT day FROM attempts WHERE id = NEW.id), NEW.duration_ms, 1)
    ON CONFLICT (day) DO UPDATE SET active_ms = active_ms + excluded.active_ms, attempts = attempts + 1;
    INSERT INTO attempts_fts (rowid, question_title, notes, reflection)
    VALUES (NEW.id, NEW.question_title, NEW.notes, NEW.reflection);
    INSERT INTO verdict_counts (verdict, n) VALUES (COALESCE(NEW.verdict, ''), 1)
    ON CONFLICT (verdict) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER attempts_verdict_update AFTER UPDATE OF verdict ON attempts BEGIN
    UPDATE verdict_counts SET n = n - 1 WHERE verdict = COALESCE(OLD.verdict, '');
    INSERT INTO verdict_counts (verdict, n) VALUES (COALESCE(NEW.verdict, ''), 1)
    ON CONFLICT (verdict) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER attempts_text_update AFTER UPDATE OF question_title, notes, reflection ON attempts BEGIN
    INSERT INTO attempts_fts (attempts_fts, rowid, question_title, notes, reflection)
    VALUES ('delete', OLD.id, OLD.question_title, OLD.notes, OLD.reflection);
    INSERT INTO attempts_fts (rowid, question_title, notes, reflection)
    VALUES (NEW.id, NEW.question_title, NEW.notes, NEW.reflection);
END;

CREATE TRIGGER attempts_before_delete BEFORE DELETE ON attempts BEGIN
    INSERT INTO attempts_fts (attempts_fts, rowid, question_title, notes, reflection)
    VALUES ('delete', OLD.id, OLD.question_title, OLD.notes, OLD.reflection);
    UPDATE practice_days SET active_ms = active_ms - OLD.duration_ms, attempts = attempts - 1 WHERE day = OLD.day;
    UPDATE verdict_counts SET n = n - 1 WHERE verdict = COALESCE(OLD.verdict, '');
    UPDATE score_days SET total = score_days.total - x.gone_total, n = score_days.n - x.gone_n
    FROM (SELECT dimension_id, SUM(score) AS gone_total, COUNT(*) AS gone_n FROM attempt_scores
          WHERE attempt_id = OLD.id AND dimension_id IS NOT NULL GROUP BY dimension_id) AS x
    WHERE score_days.dimension_id = x.dimension_id AND score_days.day = OLD.day;
    UPDATE phase_overruns SET overrun_ms = phase_overruns.overrun_ms - x.gone_ms, n = phase_overruns.n - x.gone_n
    FROM (SELECT title, SUM(actual_ms - planned_ms) AS gone_ms, COUNT(*) AS gone_n FROM attempt_phases
          WHERE attempt_id = OLD.id AND actual_ms > 0 AND title IS NOT NULL GROUP BY title) AS x
    WHERE phase_overruns.title = x.title;
    UPDATE failure_mode_counts SET n = failure_mode_counts.n - x.gone_n
    FROM (SELECT failure_mode_id, COUNT(*) AS gone_n FROM attempt_failure_modes
          WHERE attempt_id = OLD.id AND failure_mode_id IS NOT NULL GROUP BY failure_mode_id) AS x
    WHERE failure_mode_counts.failure_mode_id = x.failure_mode_id;
END;

CREATE TRIGGER attempt_phases_after_insert AFTER INSERT ON attempt_phases BEGIN
    UPDATE attempts SET duration_ms = duration_ms + NEW.actual_ms WHERE id = NEW.attempt_id;
    UPDATE practice_days SET active_ms = active_ms + NEW.actual_ms
    WHERE day = (SELECT day FROM attempts WHERE id = NEW.attempt_id);
    INSERT INTO phase_overruns (title, overrun_ms, n)
    SELECT NEW.title, NEW.actual_ms - NEW.planned_ms, 1 WHERE NEW.actual_ms > 0 AND NEW.title IS NOT NULL
    ON CONFLICT (title) DO UPDATE SET overrun_ms = overrun_ms + excluded.overrun_ms, n = n + 1;
END;

CREATE TRIGGER attempt_scores_after_insert AFTER INSERT ON attempt_scores BEGIN
    UPDATE attempts SET mean_score = (SELECT AVG(score) FROM attempt_scores WHERE attempt_id = NEW.attempt_id)
    WHERE id = NEW.attempt_id;
    INSERT INTO score_days (dimension_id, day, title, total, n)
    SELECT NEW.dimension_id, a.day, NEW.title, NEW.score, 1 FROM attempts a
    WHERE a.id = NEW.attempt_id AND NEW.dimension_id IS NOT NULL
    ON CONFLICT (dimension_id, day) DO UPDATE SET total = total + excluded.total, n = n + 1, title = excluded.title;
END;

CREATE TRIGGER attempt_scores_after_update AFTER UPDATE OF score ON attempt_scores BEGIN
    UPDATE attempts SET mean_score = (SELECT AVG(score) FROM attempt_scores WHERE attempt_id = NEW.attempt_id)
    WHERE id = NEW.attempt_id;
    UPDATE score_days SET total = total - OLD.score + NEW.score
    WHERE dimension_id = NEW.dimension_id AND day = (SELECT day FROM attempts WHERE id = NEW.attempt_id);
END;

CREATE TRIGGER attempt_scores_after_delete AFTER DELETE ON attempt_scores BEGIN
    UPDATE attempts SET mean_score = (SELECT AVG(score) FROM attempt_scores WHERE attempt_id = OLD.attempt_id)
    WHERE id = OLD.attempt_id;
    UPDATE score_days SET total = total - OLD.score, n = n - 1
    WHERE dimension_id = OLD.dimension_id AND day = (SELECT day FROM attempts WHERE id = OLD.attempt_id);
END;

CREATE TRIGGER attempt_failure_modes_after_insert AFTER INSERT ON attempt_failure_modes
WHEN NEW.failure_mode_id IS NOT NULL BEGIN
    INSERT INTO failure_mode_counts (failure_mode_id, title, n) VALUES (NEW.failure_mode_id, NEW.title, 1)
    ON CONFLICT (failure_mode_id) DO UPDATE SET n = n + 1, title = excluded.title;
END;
