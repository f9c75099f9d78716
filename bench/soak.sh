#!/usr/bin/env bash
# The mixed-load soak of bench/README.md ("Soak"): two instances of the jar on one PostgreSQL database behind nginx,
# simulated clinics browsing, ordering, paying and Razorpay's webhooks for ten minutes; errors must be 0 and the heap
# and connection counts flat.
#   bash bench/soak.sh                      # 10 minutes, 8 clinics
#   BENCH_SOAK_SECONDS=120 bash bench/soak.sh   # a shorter run
# Needs what the tests need (PostgreSQL on localhost:5432 as postgres, a JDK >= 21 under /usr/lib/jvm), python3 and
# nginx (installed from Debian's packages when missing). BENCH_SKIP_BUILD=1 uses the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${BENCH_SOAK_SECONDS:-600}"
USERS="${BENCH_SOAK_USERS:-8}"
DB="${BENCH_SOAK_DB:-ayurlahi_soak}"
PORT="${BENCH_SOAK_PORT:-3170}"
OUT="$PWD/target/bench"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
mkdir -p "$OUT/soak-nginx/logs"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
[ -x /usr/sbin/nginx ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
source "$(dirname "${BASH_SOURCE[0]}")/autovacuum.sh"
export PATH="$(dirname "$JAVA"):$PATH"   # jstat of the same JDK

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then echo "== building"; ./mvnw -q -B -DskipTests package; fi
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

PIDS=(); NGINX=
cleanup() {
    stop_autovacuum_stand_in
    [ -z "$NGINX" ] || kill "$NGINX" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT
start_instance() { # port name
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
        "$JAVA" -Xmx512m -Xlog:gc:file="$OUT/soak-gc-$2.log" -jar target/ayurlahi.jar --server.port="$1" --ayurlahi.auth.rate-limit.capacity=1000000 \
        --spring.thymeleaf.cache=true --ayurlahi.data-dir="$OUT/soak-data" --logging.level.root=WARN \
        --logging.level.com.ayurlahi=WARN >> "$OUT/soak-$2.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness" && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "Instance $2 did not start; see $OUT/soak-$2.log" >&2; exit 1; }
        sleep 1
    done
    echo "Instance $2 was not ready after 4 minutes; see $OUT/soak-$2.log" >&2; exit 1
}
: > "$OUT/soak-a.log"; : > "$OUT/soak-b.log"
echo "== starting two instances on $DB"
start_instance $((PORT + 1)) a   # the first one migrates the database and adds the demo data
start_instance $((PORT + 2)) b
autovacuum_stand_in "$DB"
"${PSQL[@]}" -d "$DB" -c "update products set stock_quantity = 1000000, min_order_quantity = 1"

cat > "$OUT/soak-nginx/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
pid $OUT/soak-nginx/nginx.pid;
error_log $OUT/soak-nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $OUT/soak-nginx/body; proxy_temp_path $OUT/soak-nginx/proxy;
    fastcgi_temp_path $OUT/soak-nginx/fastcgi; uwsgi_temp_path $OUT/soak-nginx/uwsgi; scgi_temp_path $OUT/soak-nginx/scgi;
    upstream ayurlahi { server 127.0.0.1:$((PORT + 1)); server 127.0.0.1:$((PORT + 2)); keepalive 32; }
    server {
        listen 127.0.0.1:$PORT;
        location / {
            proxy_pass http://ayurlahi; proxy_http_version 1.1; proxy_set_header Connection "";
            proxy_set_header Host \$http_host; proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme; proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
CONF
/usr/sbin/nginx -p "$OUT/soak-nginx" -c "$OUT/soak-nginx/nginx.conf" -g 'daemon off;' &
NGINX=$!
for _ in $(seq 1 30); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break; sleep 1; done

echo "== soaking for $SECONDS_TO_RUN s with $USERS clinics"
python3 bench/soak.py "http://127.0.0.1:$PORT" "$(IFS=,; echo "${PIDS[*]}")" "$OUT/soak-gc-a.log,$OUT/soak-gc-b.log" "$DB" "$SECONDS_TO_RUN" "$USERS" \
    "$OUT/soak.txt"
echo "== results in $OUT/soak.txt"
