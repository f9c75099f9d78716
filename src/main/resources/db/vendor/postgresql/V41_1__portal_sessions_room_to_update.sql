-- Half of each page of the session table is left free when rows are inserted, so that a session's next version (its
-- last access, on every request) fits on the same page and is written in place (HOT, see V41).
alter table spring_session set (fillfactor = 50);
