# Sourced by the benchmarks (run.sh, soak.sh, orders-side-by-side.sh): where the PostgreSQL server runs with
# autovacuum off, as some of our machines' servers do, autovacuum_stand_in DB does its work once a minute
# (autovacuum's naptime) in the background with bench/autovacuum.sql (its default thresholds), until
# stop_autovacuum_stand_in. The app on a live database has autovacuum; without it no table of a benchmark's fresh
# database is ever analysed, and every connection keeps the plans it made while the tables were empty (a session
# lookup read the whole session table: bench/README.md).
VACUUMER=
autovacuum_stand_in() { # database
    [ "$(psql -h localhost -U postgres -d "$1" -At -c 'show autovacuum')" = off ] || return 0
    local sql
    sql="$(dirname "${BASH_SOURCE[0]}")/autovacuum.sql"
    ( while sleep 60; do psql -h localhost -U postgres -d "$1" -q -f "$sql" > /dev/null 2>&1 || true; done ) &
    VACUUMER=$!
}
stop_autovacuum_stand_in() {
    [ -n "$VACUUMER" ] || return 0
    kill "$VACUUMER" 2>/dev/null || true
    wait "$VACUUMER" 2>/dev/null || true
    VACUUMER=
}
