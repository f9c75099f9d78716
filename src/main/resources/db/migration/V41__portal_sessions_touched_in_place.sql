-- A portal session's row is written at the end of every request (its last access and expiry time move on). With an
-- index on expiry_time that write is never one of PostgreSQL's in-place (HOT) updates: each one adds an entry to every
-- index of the table and leaves a dead row version behind until a vacuum, and a busy session's lookups then step over
-- hundreds of them (issue 19: the catalog search fell to half its rate within a minute of 50 clinics typing, where
-- autovacuum is off). Without it no index covers a column the write changes, so the row is rewritten within its page
-- and the old version pruned as the page is read. Spring Session's clean-up (delete where expiry_time < now, once a
-- minute on each instance) reads the table instead of the index: sessions are small rows, a few megabytes for tens of
-- thousands of them.
drop index spring_session_ix2;
