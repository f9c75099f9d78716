#!/usr/bin/env bash
# The team dashboard benchmark of bench/README.md: GET /admin with 1,000,000 orders, against the sign-in page.
#   bash bench/dashboard.sh
# BENCH_ORDERS (default 1000000) orders over BENCH_DAYS (default 365) days; BENCH_DURATION (default 30s) per run;
# BENCH_CONNECTIONS (default 4: a team of people opening the console, not a load test) connections.
# Needs what bench/run.sh needs (PostgreSQL on localhost:5432 as postgres, a JDK >= 21, wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
PORT="${BENCH_PORT:-3910}"
DB="${BENCH_DB:-ayurlahi_bench_dashboard}"
DURATION="${BENCH_DURATION:-30s}"
ORDERS="${BENCH_ORDERS:-1000000}"
DAYS="${BENCH_DAYS:-365}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
THREADS=2
BASE="http://localhost:$PORT"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
OUT=target/bench
mkdir -p "$OUT"

source "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
source "$(dirname "${BASH_SOURCE[0]}")/app.sh"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    echo "== building"
    ./mvnw -q -B -DskipTests package
fi

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
: > "$OUT/dashboard-app.log"
echo "== starting the app on PostgreSQL ($DB), port $PORT"
bench_app_start target/ayurlahi.jar "$PORT" "$DB" "$OUT/dashboard-app.log" "$OUT/dashboard-documents"
APP=$BENCH_APP_PID
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
bench_app_ready "$PORT" "$APP" "$OUT/dashboard-app.log"

echo "== generating $ORDERS orders over $DAYS days"
start=$(date +%s)
"${PSQL[@]}" -d "$DB" -v orders="$ORDERS" -v days="$DAYS" -f bench/generate-orders.sql
echo "generated in $(( $(date +%s) - start )) s: $("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select (select count(*) from orders) || ' orders, ' ||
    (select count(*) from payments) || ' payments, ' || (select count(*) from ledger_entries) || ' ledger rows, ' ||
    (select count(*) from daily_sales) || ' daily_sales rows'")" | tee "$OUT/dashboard-results.txt"

# One portal session of the demo admin per connection, as each person of the team has their own (dashboard.lua takes
# them in turn): one session shared by all the connections would make each request wait for the others' writes of
# its last access to the session's row, which no team's use does.
jar="$OUT/dashboard-cookies.txt"
: > "$OUT/dashboard-sessions.txt"
for _ in $(seq 1 "$CONNECTIONS"); do
    bench_sign_in "$BASE" "$jar" admin@demo.ayurlahi.in
    bench_session_id "$jar" >> "$OUT/dashboard-sessions.txt"
done
export BENCH_SESSIONS="$OUT/dashboard-sessions.txt"
status=$(curl -s -o "$OUT/dashboard-page.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$(head -1 "$BENCH_SESSIONS")" "$BASE/admin")
[ "$status" = 200 ] && grep -q 'data-testid="needs-action"' "$OUT/dashboard-page.html" \
    || { echo "GET /admin answered $status without the dashboard" >&2; exit 1; }

run() { # name, script, duration
    local line
    line=$(wrk -t$(( CONNECTIONS < THREADS ? CONNECTIONS : THREADS )) -c"$CONNECTIONS" -d"$3" --timeout 10s -s "bench/$2" "$BASE" | grep '^RESULT' | sed 's/^RESULT //')
    echo "$1 $line" | tee -a "$OUT/dashboard-results.txt"
}
echo "== warming up (30 s of the dashboard, 10 s of the sign-in page)"
wrk -t$THREADS -c"$CONNECTIONS" -d30s -s bench/dashboard.lua "$BASE" > /dev/null
wrk -t$THREADS -c"$CONNECTIONS" -d10s -s bench/trivial.lua "$BASE" > /dev/null
echo "== $CONNECTIONS connections as fast as they can, $DURATION each"
run baseline-login-page trivial.lua "$DURATION"
run team-dashboard dashboard.lua "$DURATION"
run baseline-login-page-again trivial.lua "$DURATION"
echo "== one request at a time"
CONNECTIONS=1 run team-dashboard-alone dashboard.lua "$DURATION"
CONNECTIONS=1 run baseline-login-page-alone trivial.lua "$DURATION"
echo "== the dashboard's queries in PostgreSQL" | tee -a "$OUT/dashboard-results.txt"
"${PSQL[@]}" -d "$DB" -At -c "explain (analyze, timing off, summary on) select sales_day, sum(paid_orders), sum(captured),
    sum(commission), sum(payout) from daily_sales where sales_day between current_date - 29 and current_date group by sales_day" \
    | grep -E 'Execution Time' | sed 's/^/daily figures: /' | tee -a "$OUT/dashboard-results.txt"
"${PSQL[@]}" -d "$DB" -At -c "explain (analyze, timing off, summary on) select count(*) from payments where review_reason is not null" \
    | grep -E 'Execution Time' | sed 's/^/flagged payments: /' | tee -a "$OUT/dashboard-results.txt"
echo "results: $OUT/dashboard-results.txt"
