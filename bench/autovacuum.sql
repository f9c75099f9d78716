-- What PostgreSQL's autovacuum would do now, with its default settings, for the benchmark's database: run by run.sh
-- once a minute (autovacuum's naptime) when the server has autovacuum off, as some of our machines' servers do.
-- Without it no table of a fresh database is ever analysed, and every connection keeps the plans it made for its
-- prepared statements while the tables were empty: the portal sessions' table, empty when the app starts and 60,000
-- rows after the sign-in page's runs, was read whole for every session lookup (bench/README.md, 2026-12-06).
-- Vacuum: dead rows over 50 + 20 % of the table, or rows inserted since the last vacuum over 1,000 + 20 %.
-- Analyse: rows changed since the last analysis over 50 + 10 %. (A vacuum or an analysis makes the connections plan
-- their statements on the table again.)
select format('vacuum %I.%I', s.schemaname, s.relname)
from pg_stat_user_tables s join pg_class c on c.oid = s.relid
where s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
   or s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0)
\gexec
select format('analyze %I.%I', s.schemaname, s.relname)
from pg_stat_user_tables s join pg_class c on c.oid = s.relid
where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
\gexec
