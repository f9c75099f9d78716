#!/usr/bin/env bash
# Order placement of two builds side by side, for a change whose effect is smaller than the machine's drift between
# runs (bench/README.md): both jars started at once, each on its own fresh database with the catalog section's
# 100,000 products and the autovacuum stand-in, each warmed with 60 s of orders.lua; then, BENCH_ROUNDS times (default
# 4) in turn, each app's sign-in page 15 s and its orders 20 s (50 connections), so that both see the same moments
# of the machine.
#   bash bench/orders-side-by-side.sh before.jar after.jar
# BENCH_JAVA_OPTS and BENCH_APP_ARGS go to both apps, as run.sh gives them to its app (bench/app.sh).
# Needs what run.sh needs (PostgreSQL on localhost:5432 as postgres, a JDK >= 21, wrk). Ports 3911 and 3912,
# databases ayurlahi_side1 and ayurlahi_side2.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bash bench/orders-side-by-side.sh before.jar after.jar" >&2; exit 2; }
JARS=("$(readlink -f "$1")" "$(readlink -f "$2")")
LABELS=(before after)
cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
OUT=target/bench/side-by-side
mkdir -p "$OUT"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
source bench/jdk.sh
source bench/autovacuum.sh
source bench/app.sh
STARTED=()
trap 'for p in "${STARTED[@]}"; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done' EXIT
for i in 1 2; do
    port=$((3910 + i)) db=ayurlahi_side$i
    echo "== ${JARS[i-1]} on port $port, database $db"
    "${PSQL[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
    : > "$OUT/app$i.log"
    bench_app_start "${JARS[i-1]}" $port $db "$OUT/app$i.log" "$OUT/documents$i"
    STARTED+=("$BENCH_APP_PID")
    bench_app_ready $port "$BENCH_APP_PID" "$OUT/app$i.log"
    "${PSQL[@]}" -d $db -f bench/generate-catalog.sql > /dev/null
    "${PSQL[@]}" -d $db -At -c "select id from products where sku like 'BENCH-%' and sku <> 'BENCH-77' order by random() limit 20000" > "$OUT/products$i.txt"
    autovacuum_stand_in $db # where the server has autovacuum off; stopped with the apps
    [ -z "$VACUUMER" ] || STARTED+=("$VACUUMER")
    VACUUMER=
done
token() { bench_token "http://localhost:$1" clinic@demo.ayurlahi.in; } # port
rate() { # port, script, duration: requests per second
    wrk -t2 -c50 -d"$3" --timeout 10s -s "bench/$2" "http://localhost:$1" | sed -n 's/^RESULT .*rps=\([^ ]*\).*/\1/p'
}
echo "== warming up: 60 s of orders each"
for i in 1 2; do
    BENCH_TOKEN=$(token $((3910 + i))) BENCH_PRODUCTS="$OUT/products$i.txt" rate $((3910 + i)) orders.lua 60s > /dev/null
    rate $((3910 + i)) trivial.lua 10s > /dev/null
done
for round in $(seq 1 "${BENCH_ROUNDS:-4}"); do
    for i in 1 2; do
        port=$((3910 + i))
        signin=$(rate $port trivial.lua 15s)
        orders=$(BENCH_TOKEN=$(token $port) BENCH_PRODUCTS="$OUT/products$i.txt" rate $port orders.lua 20s)
        echo "round $round, ${LABELS[i-1]}: sign-in page $signin/s, orders $orders/s ($(awk -v o="$orders" -v b="$signin" 'BEGIN {printf "%.1f", 100 * o / b}') %)"
    done
done | tee "$OUT/results.txt"
