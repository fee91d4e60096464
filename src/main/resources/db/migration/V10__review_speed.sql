-- Schema version 10: the history's counts read a narrow index (issue 16).
-- Conventions as in V1.
--
-- A count under a filter by pack, tag, level, verdict or days scans only these columns
-- (HistoryRepository.countSql, INDEXED BY): 5 to 6 MB at 100,000 attempts, against 15 MB
-- for attempts_history, which also holds the titles the pages sort on. A pack's count is a
-- range of it; tags and levels are probes on its first two columns.
CREATE INDEX attempts_filter ON attempts (pack_id, question_id, verdict, day);
