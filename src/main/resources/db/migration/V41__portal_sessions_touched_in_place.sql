-- A portal session's row is written at the end of every request (its last access and expiry time move on). With an
-- index on expiry_time that write is never one of PostgreSQL's in-place (HOT) updates: each one adds an entry to every
-- index of the table and leaves a dead row version behind for a vacuum (issue 19's benchmark: 10,514 updates of 50
-- sessions' rows left 10,510 dead versions). Without it no index covers a column the write changes, so the row is
-- rewritten within its page and the old version pruned as the page is read (8,756 of 8,806 updates in place, 95 dead
-- versions). Spring Session's clean-up (delete where expiry_time < now, once a minute on each instance) reads the
-- table instead of the index: sessions are small rows, a few megabytes for tens of thousands of them.
drop index spring_session_ix2;
