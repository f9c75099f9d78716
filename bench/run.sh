#!/usr/bin/env bash
# The catalog-search and order-placement benchmarks of bench/README.md, in one command:
#   bash bench/run.sh
# Needs what the tests need (PostgreSQL on localhost:5432 as postgres, a JDK >= 21 under /usr/lib/jvm) and wrk,
# which it installs from Debian's packages when missing. BENCH_DURATION (default 30s) sets each run's length.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
PORT="${BENCH_PORT:-3900}"
DB="${BENCH_DB:-ayurlahi_bench}"
DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS=50
THREADS=2
BASE="http://localhost:$PORT"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
OUT=target/bench
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
JAVA="${JAVA:-}"
if [ -z "$JAVA" ]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
        if [ -x "$candidate" ] && "$candidate" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then JAVA="$candidate"; break; fi
    done
fi
[ -n "$JAVA" ] || { echo "No JDK >= 21 found; set JAVA=/path/to/java" >&2; exit 1; }

echo "== building"
./mvnw -q -B -DskipTests package
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

echo "== starting the app on PostgreSQL ($DB), port $PORT"
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    "$JAVA" -jar target/ayurlahi.jar --server.port="$PORT" --ayurlahi.auth.rate-limit.capacity=1000000 \
    --management.endpoint.health.probes.enabled=true --spring.thymeleaf.cache=true \
    --logging.level.root=WARN --logging.level.com.ayurlahi=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do # ready once the demo data is in
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" && break
    kill -0 $APP 2>/dev/null || { echo "The app did not start; see $OUT/app.log" >&2; exit 1; }
    sleep 1
done

echo "== generating 100,000 products"
"${PSQL[@]}" -d "$DB" -f bench/generate-catalog.sql
echo "products: $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from products")"

jar="$OUT/cookies.txt"; rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=clinic@demo.ayurlahi.in" \
    --data-urlencode "password=Demo@12345" --data-urlencode "_csrf=$csrf" "$BASE/login"
export BENCH_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
export BENCH_TOKEN=$(curl -s -H 'Content-Type: application/json' \
    -d '{"email": "clinic@demo.ayurlahi.in", "password": "Demo@12345"}' "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
"${PSQL[@]}" -d "$DB" -At -c "select id from products where sku like 'BENCH-%' order by random() limit 20000" > "$OUT/products.txt"
export BENCH_PRODUCTS="$OUT/products.txt"

run() { # name, script, duration, [env...]
    local name=$1 script=$2 duration=$3
    local line
    line=$(wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 10s -s "bench/$script" "$BASE" | grep '^RESULT' | sed 's/^RESULT //')
    echo "$name $line" | tee -a "$OUT/results.txt"
}
: > "$OUT/results.txt"

echo "== warming up"
wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/search.lua "$BASE" > /dev/null
wrk -t$THREADS -c$CONNECTIONS -d5s -s bench/trivial.lua "$BASE" > /dev/null

echo "== catalog search fragment vs. the sign-in page, $CONNECTIONS connections as fast as they can, $DURATION each"
run baseline-login-page trivial.lua "$DURATION"
run catalog-search search.lua "$DURATION"

echo "== the same, each connection a user who searches again 300 ms after each result (the search box's debounce)"
BENCH_THINK_MS=300 run baseline-login-page-typing trivial.lua "$DURATION"
BENCH_THINK_MS=300 run catalog-search-typing search.lua "$DURATION"

echo "== order placement across 20,000 products"
run orders-distinct-products orders.lua "$DURATION"

echo "== order placement, all on one product with 500 in stock"
contended=$("${PSQL[@]}" -d "$DB" -At -c "update products set stock_quantity = 500 where sku = 'BENCH-77' returning id")
BENCH_PRODUCT="$contended" run orders-one-product orders.lua 20s
read -r remaining ordered <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select p.stock_quantity,
    (select coalesce(sum(i.quantity), 0) from order_items i where i.product_id = p.id) from products p where p.id = '$contended'")"
oversold=$(( ordered > 500 ? ordered - 500 : 0 ))
echo "contention: stock left $remaining, units ordered $ordered, oversold $oversold (must be 0; left + ordered must be 500: $((remaining + ordered)))" \
    | tee -a "$OUT/results.txt"
[ "$oversold" -eq 0 ] && [ $((remaining + ordered)) -eq 500 ]

echo "== machine"
{ nproc; grep -m1 'model name' /proc/cpuinfo; "$JAVA" -version 2>&1 | head -1; "${PSQL[@]}" -d "$DB" -At -c 'show server_version'; } \
    | tee "$OUT/machine.txt"
