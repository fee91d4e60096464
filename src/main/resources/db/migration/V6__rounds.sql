-- Schema version 6: every attempt knows the round it came from, and a round can be kept
-- out of the stats.

-- The round's id (a UUID, made when the round begins and kept in its autosaved draft), so
-- what hangs off a round (coverage, the interviewer's sheet, the recording) can be joined to
-- its attempt. Attempts saved before version 6 get a random one.
ALTER TABLE attempts ADD COLUMN round_id TEXT;
UPDATE attempts SET round_id = lower(hex(randomblob(16))) WHERE round_id IS NULL;
CREATE UNIQUE INDEX attempts_by_round ON attempts (round_id);

-- 0: a round the user chose to keep out of the stats and the schedule (e.g. one shorter than
-- five minutes). It stays in the history and in search. The running totals below skip it.
ALTER TABLE attempts ADD COLUMN in_stats INTEGER NOT NULL DEFAULT 1 CHECK (in_stats IN (0, 1));

-- The totals' triggers from version 5, now counting only rounds in the stats. The full-text
-- index and each attempt's own duration and mean score cover every attempt.
DROP TRIGGER attempts_after_insert;
DROP TRIGGER attempts_verdict_update;
DROP TRIGGER attempts_before_delete;
DROP TRIGGER attempt_phases_after_insert;
DROP TRIGGER attempt_scores_after_insert;
DROP TRIGGER attempt_scores_after_update;
DROP TRIGGER attempt_scores_after_delete;
DROP TRIGGER attempt_failure_modes_after_insert;

CREATE TRIGGER attempts_after_insert AFTER INSERT ON attempts BEGIN
    -- The app sets the day in the user's zone; anything else that inserts gets SQLite's local time.
    UPDATE attempts
    SET day = CAST(ROUND(julianday(NEW.started_at / 1000, 'unixepoch', 'localtime', 'start of day') - 2440587.5) AS INTEGER)
    WHERE id = NEW.id AND NEW.day IS NULL;
    INSERT INTO attempts_fts (rowid, question_title, notes, reflection)
    VALUES (NEW.id, NEW.question_title, NEW.notes, NEW.reflection);
END;

CREATE TRIGGER attempts_after_insert_in_stats AFTER INSERT ON attempts WHEN NEW.in_stats = 1 BEGIN
    INSERT INTO practice_days (day, active_ms, attempts)
    VALUES ((SELECT day FROM attempts WHERE id = NEW.id), NEW.duration_ms, 1)
    ON CONFLICT (day) DO UPDATE SET active_ms = active_ms + excluded.active_ms, attempts = attempts + 1;
    INSERT INTO verdict_counts (verdict, n) VALUES (COALESCE(NEW.verdict, ''), 1)
    ON CONFLICT (verdict) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER attempts_verdict_update AFTER UPDATE OF verdict ON attempts WHEN NEW.in_stats = 1 BEGIN
    UPDATE verdict_counts SET n = n - 1 WHERE verdict = COALESCE(OLD.verdict, '');
    INSERT INTO verdict_counts (verdict, n) VALUES (COALESCE(NEW.verdict, ''), 1)
    ON CONFLICT (verdict) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER attempts_before_delete BEFORE DELETE ON attempts BEGIN
    INSERT INTO attempts_fts (attempts_fts, rowid, question_title, notes, reflection)
    VALUES ('delete', OLD.id, OLD.question_title, OLD.notes, OLD.reflection);
END;

CREATE TRIGGER attempts_before_delete_in_stats BEFORE DELETE ON attempts WHEN OLD.in_stats = 1 BEGIN
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
END;

CREATE TRIGGER attempt_phases_after_insert_in_stats AFTER INSERT ON attempt_phases
WHEN (SELECT in_stats FROM attempts WHERE id = NEW.attempt_id) = 1 BEGIN
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
    WHERE a.id = NEW.attempt_id AND a.in_stats = 1 AND NEW.dimension_id IS NOT NULL
    ON CONFLICT (dimension_id, day) DO UPDATE SET total = total + excluded.total, n = n + 1, title = excluded.title;
END;

CREATE TRIGGER attempt_scores_after_update AFTER UPDATE OF score ON attempt_scores BEGIN
    UPDATE attempts SET mean_score = (SELECT AVG(score) FROM attempt_scores WHERE attempt_id = NEW.attempt_id)
    WHERE id = NEW.attempt_id;
    UPDATE score_days SET total = total - OLD.score + NEW.score
    WHERE dimension_id = NEW.dimension_id
      AND day = (SELECT day FROM attempts WHERE id = NEW.attempt_id AND in_stats = 1);
END;

CREATE TRIGGER attempt_scores_after_delete AFTER DELETE ON attempt_scores BEGIN
    UPDATE attempts SET mean_score = (SELECT AVG(score) FROM attempt_scores WHERE attempt_id = OLD.attempt_id)
    WHERE id = OLD.attempt_id;
    UPDATE score_days SET total = total - OLD.score, n = n - 1
    WHERE dimension_id = OLD.dimension_id
      AND day = (SELECT day FROM attempts WHERE id = OLD.attempt_id AND in_stats = 1);
END;

CREATE TRIGGER attempt_failure_modes_after_insert AFTER INSERT ON attempt_failure_modes
WHEN NEW.failure_mode_id IS NOT NULL AND (SELECT in_stats FROM attempts WHERE id = NEW.attempt_id) = 1 BEGIN
    INSERT INTO failure_mode_counts (failure_mode_id, title, n) VALUES (NEW.failure_mode_id, NEW.title, 1)
    ON CONFLICT (failure_mode_id) DO UPDATE SET n = n + 1, title = excluded.title;
END;
