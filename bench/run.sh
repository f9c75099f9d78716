#!/usr/bin/env bash
# The catalog-search, order-placement, webhook-ingestion, invoice-generation and WhatsApp benchmarks of bench/README.md:
#   bash bench/run.sh             # everything
#   bash bench/run.sh catalog     # only the catalog search and the order placement
#   bash bench/run.sh webhooks    # only the webhook ingestion
#   bash bench/run.sh invoices    # only the invoice generation
#   bash bench/run.sh subscriptions # only the renewal run of 10,000 subscriptions in the sandbox, invoiced
#   bash bench/run.sh whatsapp    # only the WhatsApp callbacks and outbox (BENCH_WHATSAPP_COUNT, default 10000)
# Needs what the tests need (PostgreSQL on localhost:5432 as postgres, a JDK >= 21 under /usr/lib/jvm) and wrk,
# which it installs from Debian's packages when missing. BENCH_DURATION (default 30s) sets each run's length;
# BENCH_APP_ARGS adds arguments to the application's command line (to try a setting), BENCH_JAVA_OPTS options
# to its JVM (e.g. -XX:StartFlightRecording=filename=target/bench/app.jfr,settings=profile to profile it).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
PORT="${BENCH_PORT:-3900}"
DB="${BENCH_DB:-ayurlahi_bench}"
DURATION="${BENCH_DURATION:-30s}"
SECTIONS="${1:-all}"
CONNECTIONS=50
THREADS=2
BASE="http://localhost:$PORT"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
OUT=target/bench
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
source "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"

echo "== building"
./mvnw -q -B -DskipTests package

fresh_db() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
}
start_app() { # [more arguments for the app]
    echo "== starting the app on PostgreSQL ($DB), port $PORT"
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
        "$JAVA" ${BENCH_JAVA_OPTS:-} -jar target/ayurlahi.jar --server.port="$PORT" --ayurlahi.auth.rate-limit.capacity=1000000 \
        --management.endpoint.health.probes.enabled=true --spring.thymeleaf.cache=true --ayurlahi.storage.root="$OUT/documents" \
        --logging.level.root=WARN --logging.level.com.ayurlahi=WARN "$@" ${BENCH_APP_ARGS:-} >> "$OUT/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 180); do # ready once the demo data is in
        curl -fs -o /dev/null "$BASE/actuator/health/readiness" && return 0
        kill -0 $APP 2>/dev/null || { echo "The app did not start; see $OUT/app.log" >&2; exit 1; }
        sleep 1
    done
    echo "The app was not ready after 3 minutes; see $OUT/app.log" >&2; exit 1
}
stop_app() {
    [ -n "${APP:-}" ] || return 0
    kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
    APP=
}
APP=; FAKE_GUPSHUP=
trap 'stop_app; [ -z "$FAKE_GUPSHUP" ] || kill $FAKE_GUPSHUP 2>/dev/null || true' EXIT
: > "$OUT/app.log"
fresh_db
# The WhatsApp section starts the app itself, with a fake Gupshup (below).
if [ "$SECTIONS" != whatsapp ]; then
start_app
fi

jar="$OUT/cookies.txt"; rm -f "$jar"
if [ -n "$APP" ]; then
export BENCH_TOKEN=$(curl -s -H 'Content-Type: application/json' \
    -d '{"email": "clinic@demo.ayurlahi.in", "password": "Demo@12345"}' "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
fi
: > "$OUT/results.txt"

if [ "$SECTIONS" = all ] || [ "$SECTIONS" = catalog ]; then
echo "== generating 100,000 products"
"${PSQL[@]}" -d "$DB" -f bench/generate-catalog.sql
echo "products: $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from products")"

csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=clinic@demo.ayurlahi.in" \
    --data-urlencode "password=Demo@12345" --data-urlencode "_csrf=$csrf" "$BASE/login"
export BENCH_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
"${PSQL[@]}" -d "$DB" -At -c "select id from products where sku like 'BENCH-%' and sku <> 'BENCH-77' order by random() limit 20000" > "$OUT/products.txt"
export BENCH_PRODUCTS="$OUT/products.txt"

run() { # name, script, duration, [env...]
    local name=$1 script=$2 duration=$3
    local line
    line=$(wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 10s -s "bench/$script" "$BASE" | grep '^RESULT' | sed 's/^RESULT //')
    echo "$name $line" | tee -a "$OUT/results.txt"
}
# On two cores the JIT compilers take about 45 s of load before a request's code runs at its steady speed.
echo "== warming up"
wrk -t$THREADS -c$CONNECTIONS -d45s -s bench/search.lua "$BASE" > /dev/null
wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/trivial.lua "$BASE" > /dev/null

echo "== catalog search fragment vs. the sign-in page, $CONNECTIONS connections as fast as they can, $DURATION each"
run baseline-login-page trivial.lua "$DURATION"
run catalog-search search.lua "$DURATION"

echo "== the same, each connection a user who searches again 300 ms after each result (the search box's debounce)"
BENCH_THINK_MS=300 run baseline-login-page-typing trivial.lua "$DURATION"
BENCH_THINK_MS=300 run catalog-search-typing search.lua "$DURATION"

echo "== order placement across 20,000 products (after 30 s of it to warm up)"
wrk -t$THREADS -c$CONNECTIONS -d30s -s bench/orders.lua "$BASE" > /dev/null
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
fi

if [ "$SECTIONS" = all ] || [ "$SECTIONS" = webhooks ]; then
echo "== webhook ingestion: $CONNECTIONS senders, 30 % of the deliveries repeated"
WEBHOOK_PAYMENTS="${BENCH_WEBHOOK_PAYMENTS:-10000}"
product=$("${PSQL[@]}" -d "$DB" -At -c "update products set stock_quantity = 1000000 where sku = 'SAP-ASH-100' returning id")
mark=$("${PSQL[@]}" -d "$DB" -At -c "select now()")
python3 bench/webhooks.py prepare "$BASE" "$BENCH_TOKEN" dev-only-sandbox-webhook-secret "$WEBHOOK_PAYMENTS" \
    "$OUT/deliveries.txt" "$product"
report=$(BENCH_DELIVERIES="$OUT/deliveries.txt" BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c$CONNECTIONS -d40s --timeout 10s -s bench/webhooks.lua "$BASE")
echo "webhooks $(grep '^RESULT' <<<"$report" | sed 's/^RESULT //')" | tee -a "$OUT/results.txt"
grep '^WEBHOOKS' <<<"$report" | tee -a "$OUT/results.txt"
drain_start=$(date +%s)
until [ "$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from razorpay_events where event_id like 'evt_bench_%' and outcome = 'RECEIVED'")" = 0 ]; do
    [ $(( $(date +%s) - drain_start )) -lt 600 ] || { echo "events still waiting after 10 minutes" >&2; exit 1; }
    sleep 1
done
echo "applied: every stored event had been applied $(( $(date +%s) - drain_start )) s after the run ended" | tee -a "$OUT/results.txt"
# wrk waits out its whole duration; the server's own clock says how long the deliveries took.
delivered=$(grep '^WEBHOOKS' <<<"$report" | sed 's/.*accepted=\([0-9]*\) duplicate=\([0-9]*\).*/\1 + \2/')
"${PSQL[@]}" -d "$DB" -At -c "select 'throughput: ' || ($delivered) || ' deliveries in '
      || round(extract(epoch from max(received_at) - min(received_at))::numeric, 2) || ' s = '
      || round(($delivered) / extract(epoch from max(received_at) - min(received_at))::numeric, 1) || ' deliveries/s'
    from razorpay_events where event_id like 'evt_bench_%'" | tee -a "$OUT/results.txt"
"${PSQL[@]}" -d "$DB" -At -F ' ' -c "select
      (select count(*) from razorpay_events where event_id like 'evt_bench_%') as events_stored,
      (select count(*) from razorpay_events where event_id like 'evt_bench_%' and outcome = 'APPLIED') as events_applied,
      (select count(*) from payments where created_at >= '$mark' and status = 'CAPTURED') as payments_captured,
      (select count(*) from payments where created_at >= '$mark') as payments,
      (select count(*) from audit_entries where action = 'PAYMENT_CAPTURED' and at >= '$mark') as capture_entries,
      (select count(distinct entity_id) from audit_entries where action = 'PAYMENT_CAPTURED' and at >= '$mark') as payments_with_entry,
      (select count(*) from order_status_history where status = 'CONFIRMED' and at >= '$mark') as confirmations,
      (select count(distinct order_id) from order_status_history where status = 'CONFIRMED' and at >= '$mark') as orders_confirmed" \
    | { read -r stored applied captured total entries distinct confirmations confirmed
        echo "exactly once: $stored events stored, $applied applied; $captured of $total payments captured; $entries PAYMENT_CAPTURED entries for $distinct payments; $confirmations confirmations of $confirmed orders" \
            | tee -a "$OUT/results.txt"
        # every delivered event applied once: one capture, one audit entry and one confirmation per stored event
        [ "$applied" = "$stored" ] && [ "$captured" = "$stored" ] && [ "$entries" = "$stored" ] \
            && [ "$distinct" = "$stored" ] && [ "$confirmations" = "$stored" ] && [ "$confirmed" = "$stored" ]; }
fi

if [ "$SECTIONS" = all ] || [ "$SECTIONS" = invoices ]; then
echo "== invoice generation: 1,000 owed tax invoices through the invoice-generation job"
admin_token=$(curl -s -H 'Content-Type: application/json' \
    -d '{"email": "admin@demo.ayurlahi.in", "password": "Demo@12345"}' "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
"${PSQL[@]}" -d "$DB" -f bench/generate-owed-invoices.sql
# heap in use (survivors + eden + old, KB) five times a second while the job runs
JSTAT="$(dirname "$(readlink -f "$JAVA")")/jstat"
( while kill -0 $APP 2>/dev/null; do "$JSTAT" -gc $APP 2>/dev/null | awk 'NR == 2 {print $3 + $4 + $6 + $8}'; sleep 0.2; done ) > "$OUT/heap.txt" &
SAMPLER=$!
execution=$(curl -s -X POST -H "Authorization: Bearer $admin_token" "$BASE/api/admin/jobs/invoice-generation/run" \
    | sed 's/.*"executionId":\([0-9]*\).*/\1/')
until curl -s -H "Authorization: Bearer $admin_token" "$BASE/api/admin/jobs/executions/$execution" | grep -q '"endTime":"'; do
    sleep 1
done
kill $SAMPLER 2>/dev/null || true
"${PSQL[@]}" -d "$DB" -At -c "select 'invoice-generation: ' || e.status || ', ' || i.issued || ' invoices in '
      || round(extract(epoch from e.end_time - e.start_time)::numeric, 2) || ' s = '
      || round(i.issued / extract(epoch from e.end_time - e.start_time)::numeric, 1) || ' invoices/s; consecutive: '
      || (i.last_number - i.first_number + 1 = i.issued and i.distinct_numbers = i.issued)
    from batch_job_execution e,
         (select count(*) as issued, count(distinct v.invoice_number) as distinct_numbers,
                 min(v.sequence_number) as first_number, max(v.sequence_number) as last_number
          from invoices v join orders o on o.id = v.order_id where o.order_number like 'BENCH-%') i
    where e.job_execution_id = $execution" | tee -a "$OUT/results.txt"
echo "peak heap in use during the run: $(sort -n "$OUT/heap.txt" | tail -1 | awk '{printf "%.0f MB", $1 / 1024}') (the app's max heap $("$(dirname "$(readlink -f "$JAVA")")/jcmd" $APP VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | awk -F= '{printf "%.0f MB", $2 / 1048576}'))" \
    | tee -a "$OUT/results.txt"
# The same template to HTML only: the invoice page of 200 of those invoices, one after the other.
"${PSQL[@]}" -d "$DB" -At -c "select v.id from invoices v join orders o on o.id = v.order_id
    where o.order_number like 'BENCH-%' order by v.sequence_number limit 200" > "$OUT/invoices.txt"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin@demo.ayurlahi.in" \
    --data-urlencode "password=Demo@12345" --data-urlencode "_csrf=$csrf" "$BASE/login"
while read -r id; do curl -s -o /dev/null -b "$jar" "$BASE/invoices/$id"; done < "$OUT/invoices.txt"
curl -s -H "Authorization: Bearer $admin_token" "$BASE/actuator/prometheus" | grep '^ayurlahi_invoices_render_seconds' \
    | awk -F'[{}" ]+' '/_count/ {count[$3] = $NF} /_sum/ {sum[$3] = $NF} /_max/ {max[$3] = $NF}
        END {for (f in count) printf "render %s: %d documents, mean %.1f ms, max %.1f ms\n", f, count[f], 1000 * sum[f] / count[f], 1000 * max[f]}' \
    | sort | tee -a "$OUT/results.txt"
fi

if [ "$SECTIONS" = all ] || [ "$SECTIONS" = subscriptions ]; then
echo "== subscription renewals: 10,000 active subscriptions due at once, charged in the sandbox and invoiced"
admin_token=$(curl -s -H 'Content-Type: application/json' \
    -d '{"email": "admin@demo.ayurlahi.in", "password": "Demo@12345"}' "$BASE/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
"${PSQL[@]}" -d "$DB" -f bench/generate-subscriptions.sql
BENCH_SUBS="from subscription_charges c join subscriptions s on s.id = c.subscription_id
    where s.gateway_subscription_id like 'sub_Bench%'"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
JSTAT="$(dirname "$(readlink -f "$JAVA")")/jstat"
( while kill -0 $APP 2>/dev/null; do "$JSTAT" -gc $APP 2>/dev/null | awk 'NR == 2 {print $3 + $4 + $6 + $8}'; sleep 0.2; done ) > "$OUT/heap.txt" &
SAMPLER=$!
start=$(date +%s.%N)
curl -fs -b "$jar" -c "$jar" --data-urlencode "_csrf=$csrf" "$BASE/sandbox/razorpay/subscription-renewals" | tee -a "$OUT/results.txt"
charged=$(date +%s.%N)
invoiced() { "${PSQL[@]}" -d "$DB" -At -c "select count(*) from invoices v where v.subscription_charge_id in (select c.id $BENCH_SUBS)"; }
last=-1; still=$(date +%s)
while :; do # until all are invoiced, or nothing moved for a minute (then the job issues what is owed)
    now_count=$(invoiced)
    [ "$now_count" -ge 10000 ] && break
    if [ "$now_count" != "$last" ]; then last=$now_count; still=$(date +%s); fi
    [ $(( $(date +%s) - still )) -lt 60 ] || break
    sleep 1
done
listeners_done=$(date +%s.%N)
job_s=0
if [ "$(invoiced)" -lt 10000 ]; then
    echo "$(invoiced) invoiced by the listeners; running the invoice-generation job for the rest" | tee -a "$OUT/results.txt"
    job_start=$(date +%s.%N)
    execution=$(curl -s -X POST -H "Authorization: Bearer $admin_token" "$BASE/api/admin/jobs/invoice-generation/run" \
        | sed 's/.*"executionId":\([0-9]*\).*/\1/')
    until curl -s -H "Authorization: Bearer $admin_token" "$BASE/api/admin/jobs/executions/$execution" | grep -q '"endTime":"'; do
        sleep 1
    done
    listeners_done=$(date +%s.%N)
    job_s=$(echo "$listeners_done - $job_start" | bc)
fi
kill $SAMPLER 2>/dev/null || true
"${PSQL[@]}" -d "$DB" -At -c "select 'time from the trigger to the last invoice: ' || round(extract(epoch from
        max(v.issued_at) - to_timestamp($start))::numeric, 1) || ' s (the sandbox charged all in '
        || round(($charged - $start)::numeric, 1) || ' s; the invoice-generation job: $job_s s)'
    from invoices v where v.subscription_charge_id in (select c.id $BENCH_SUBS)" | tee -a "$OUT/results.txt"
"${PSQL[@]}" -d "$DB" -At -F ', ' -c "select 'charges ' || count(*), 'distinct payments ' || count(distinct c.gateway_payment_id),
        'subscriptions charged ' || count(distinct c.subscription_id), 'charged ' || sum(c.amount)
    $BENCH_SUBS and c.kind = 'RENEWAL'" | tee -a "$OUT/results.txt"
"${PSQL[@]}" -d "$DB" -At -F ', ' -c "select 'invoices ' || count(*), 'charges invoiced ' || count(distinct v.subscription_charge_id),
        'invoiced ' || sum(v.total), 'IGST ones ' || count(*) filter (where v.igst > 0),
        'numbers consecutive ' || (max(v.sequence_number) - min(v.sequence_number) + 1 = count(*)
                                   and count(distinct v.invoice_number) = count(*)),
        'numbers ' || min(v.invoice_number) || ' to ' || max(v.invoice_number)
    from invoices v where v.subscription_charge_id in (select c.id $BENCH_SUBS)" | tee -a "$OUT/results.txt"
"${PSQL[@]}" -d "$DB" -At -c "select 'other invoices numbered in the same series meanwhile: ' || count(*) from invoices v
    where v.supplier_key = (select max(supplier_key) from invoices where subscription_charge_id is not null)
      and v.subscription_charge_id not in (select c.id $BENCH_SUBS)
      and v.sequence_number between (select min(sequence_number) from invoices where subscription_charge_id in (select c.id $BENCH_SUBS))
                                and (select max(sequence_number) from invoices where subscription_charge_id in (select c.id $BENCH_SUBS))" \
    | tee -a "$OUT/results.txt"
echo "peak heap in use during the run: $(sort -n "$OUT/heap.txt" | tail -1 | awk '{printf "%.0f MB", $1 / 1024}') (the app's max heap $("$(dirname "$(readlink -f "$JAVA")")/jcmd" $APP VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | awk -F= '{printf "%.0f MB", $2 / 1048576}')); peak RSS $(grep VmHWM /proc/$APP/status | awk '{printf "%.0f MB", $2 / 1024}')" \
    | tee -a "$OUT/results.txt"
fi

if [ "$SECTIONS" = all ] || [ "$SECTIONS" = whatsapp ]; then
WA_COUNT="${BENCH_WHATSAPP_COUNT:-10000}"    # distinct inbound messages; also the outbox rows drained
WA_WARMUP="${BENCH_WHATSAPP_WARMUP:-5000}"   # distinct messages sent first, not counted (0: none)
WA_RATE="${BENCH_WHATSAPP_RATE:-200}"        # the outbox's configured rate, messages a second
FAKE_PORT="${BENCH_FAKE_GUPSHUP_PORT:-3901}"
WA_TOKEN=dev-only-whatsapp-webhook-token     # the dev default of WHATSAPP_WEBHOOK_TOKEN
CLINIC_PHONE=919800000003                    # the demo clinic's verified number (demo data)
sql() { "${PSQL[@]}" -d "$DB" -At -F ' ' -c "$1"; }
waiting_for() { # what, seconds, query that counts what is still waiting
    local started=$SECONDS
    until [ "$(sql "$3")" = 0 ]; do
        [ $((SECONDS - started)) -lt "$2" ] || { echo "$1: still waiting after $2 s" >&2; exit 1; }
        sleep 1
    done
}
send_callbacks() { # file of callbacks: wrk, 50 connections, each thread stopping once its share is answered
    local deliveries seconds
    deliveries=$(wc -l < "$1")
    seconds=$(( deliveries / 200 > 15 ? deliveries / 200 : 15 )) # wrk waits this long even when done sooner
    BENCH_CALLBACKS="$1" BENCH_THREADS=$THREADS BENCH_WHATSAPP_TOKEN=$WA_TOKEN \
        wrk -t$THREADS -c$CONNECTIONS -d${seconds}s --timeout 10s -s bench/whatsapp.lua "$BASE"
}
echo "== WhatsApp (issue 15): a fresh database; the app sends to a fake Gupshup (port $FAKE_PORT) at $WA_RATE messages/s"
: > "$OUT/gupshup.log"
python3 bench/whatsapp.py fake "$FAKE_PORT" "$OUT/gupshup.log" &
FAKE_GUPSHUP=$!
if [ -n "$APP" ]; then stop_app; fresh_db; fi
start_app --ayurlahi.whatsapp.api-key=bench --ayurlahi.whatsapp.api-url="http://localhost:$FAKE_PORT" \
    --ayurlahi.whatsapp.source-name=AyurlahiBench --ayurlahi.whatsapp.business-number=919000000000 \
    --ayurlahi.whatsapp.outbox.rate-per-second="$WA_RATE"
curl -fs -o /dev/null "http://localhost:$FAKE_PORT/" || { echo "The fake Gupshup did not start" >&2; exit 1; }
checks_passed=true
all_replies_sent="select count(*) from whatsapp_outbox where status in ('WAITING', 'SENDING')"

if [ "$WA_WARMUP" -gt 0 ]; then
    echo "== warming up: $WA_WARMUP messages as ${WA_WARMUP}×1.3 callbacks (other ids and numbers; not counted)"
    python3 bench/whatsapp.py callbacks "$OUT/whatsapp-warmup.txt" "$OUT/whatsapp-warmup.json" "$WA_WARMUP" w \
        918200000000 "$CLINIC_PHONE" 11
    send_callbacks "$OUT/whatsapp-warmup.txt" > /dev/null
    waiting_for "warm-up messages" 600 "select count(*) from whatsapp_inbound where handled_at is null"
    waiting_for "warm-up replies" 900 "$all_replies_sent"
fi

echo "== inbound: $WA_COUNT messages, 30 % of them delivered twice, shuffled, from $CONNECTIONS connections"
python3 bench/whatsapp.py callbacks "$OUT/whatsapp-callbacks.txt" "$OUT/whatsapp-callbacks.json" "$WA_COUNT" m \
    918100000000 "$CLINIC_PHONE" 42
read -r distinct clinic_messages unknown_numbers < <(python3 -c 'import json, sys
s = json.load(open(sys.argv[1])); print(s["distinct"], s["clinic_messages"], s["unknown_numbers"])' "$OUT/whatsapp-callbacks.json")
echo "whatsapp-load-before-inbound $(uptime | sed 's/.*load average: //')" | tee -a "$OUT/results.txt"
report=$(send_callbacks "$OUT/whatsapp-callbacks.txt")
echo "whatsapp-inbound $(grep '^RESULT' <<<"$report" | sed 's/^RESULT //')" | tee -a "$OUT/results.txt"
grep '^WHATSAPP' <<<"$report" | tee -a "$OUT/results.txt"
answered=$(grep '^WHATSAPP' <<<"$report" | sed 's/.*accepted=\([0-9]*\) duplicate=\([0-9]*\).*/\1 + \2/')
measured="from whatsapp_inbound where provider_id like 'wamid.bench-m-%'"
waiting_for "messages" 600 "select count(*) $measured and handled_at is null"
sql "select 'whatsapp-throughput: ' || ($answered) || ' callbacks answered, the first and last message stored '
      || round(extract(epoch from max(received_at) - min(received_at))::numeric, 2) || ' s apart = '
      || round(($answered) / extract(epoch from max(received_at) - min(received_at))::numeric, 1)
      || ' callbacks/s by the server''s clock; the last message handled '
      || round(extract(epoch from max(handled_at) - max(received_at))::numeric, 2) || ' s after the last arrived'
    $measured" | tee -a "$OUT/results.txt"
waiting_for "replies" 900 "$all_replies_sent"
sql "select outcome, count(*) $measured group by outcome order by count(*) desc" | sed 's/^/  outcome: /'
# Without the ordering conversation (before it was merged) a clinic's message is handled and not answered.
conversation=$(sql "select count(*) = 0 $measured and outcome = 'A clinic''s number: no conversation to answer it.'")
expected_menus=$([ "$conversation" = t ] && echo "$clinic_messages" || echo 0)
[ "$conversation" = t ] || echo "  (this build has no ordering conversation: the clinic's messages expect no reply)"
sql "with m as (select id, phone, handled_at, outcome $measured),
          r as (select o.* from whatsapp_outbox o join m on o.in_reply_to = m.id)
    select (select count(*) from m), (select count(*) from m where handled_at is not null),
           (select count(*) from m where outcome like 'Failed%'),
           (select count(*) from r where phone <> '$CLINIC_PHONE'),
           (select count(distinct phone) from r where phone <> '$CLINIC_PHONE'),
           (select count(*) from r where phone = '$CLINIC_PHONE'),
           (select count(*) from r where phone = '$CLINIC_PHONE' and message::json->>'type' = 'list'),
           (select count(*) from (select in_reply_to from r group by in_reply_to having count(*) > 1) twice),
           (select count(*) from r where kind <> 'REPLY' or status <> 'ENQUEUED')" \
    | { read -r stored handled failed registrations registered clinic menus twice unsent
        echo "whatsapp-exactly-once: $stored messages stored of $distinct distinct, $handled handled ($failed failed);" \
            "$registrations registration replies to $registered numbers (expected one to each of $unknown_numbers unknown numbers);" \
            "$clinic replies to the clinic's $clinic_messages messages, $menus of them menus (expected $expected_menus);" \
            "messages answered twice: $twice; replies not REPLY or not ENQUEUED: $unsent" | tee -a "$OUT/results.txt"
        [ "$stored" = "$distinct" ] && [ "$handled" = "$distinct" ] && [ "$failed" = 0 ] \
            && [ "$registrations" = "$unknown_numbers" ] && [ "$registered" = "$unknown_numbers" ] \
            && [ "$clinic" = "$expected_menus" ] && [ "$menus" = "$expected_menus" ] && [ "$twice" = 0 ] && [ "$unsent" = 0 ]; } \
    || checks_passed=false

numbers=$(( WA_COUNT / 10 > 0 ? WA_COUNT / 10 : 1 ))
echo "== outbox drain: $WA_COUNT messages to $numbers numbers at the configured $WA_RATE messages/s"
echo "whatsapp-load-before-drain $(uptime | sed 's/.*load average: //')" | tee -a "$OUT/results.txt"
# in a random order across the numbers, each number's in the order of seq
sql "insert into whatsapp_outbox (id, phone, kind, message, status, attempts, next_attempt_at, created_at, updated_at)
    select gen_random_uuid(), phone, 'REPLY',
           json_build_object('type', 'text', 'destination', phone, 'text', 'Bench outbox message ' || g || ' to ' || phone)::text,
           'WAITING', 0, now(), now(), now()
      from generate_series(1, $WA_COUNT) g, lateral (select (917000000000 + g % $numbers)::text as phone) p
     order by random()"
drain="from whatsapp_outbox where phone like '91700%'"
waiting_for "outbox messages" $(( WA_COUNT / WA_RATE * 3 + 120 )) "select count(*) $drain and status in ('WAITING', 'SENDING')"
sql "select 'whatsapp-drain: ' || count(*) || ' messages, ' || count(*) filter (where status = 'ENQUEUED')
      || ' ENQUEUED ' || round(extract(epoch from max(updated_at) - min(created_at))::numeric, 2)
      || ' s after they were written = ' || round(count(*) / extract(epoch from max(updated_at) - min(created_at))::numeric, 1)
      || ' messages/s (configured $WA_RATE); not ENQUEUED: ' || count(*) filter (where status <> 'ENQUEUED')
    $drain" | tee -a "$OUT/results.txt"
sql "copy (select phone, seq, status, provider_id, message::json->>'text' from whatsapp_outbox) to stdout" > "$OUT/whatsapp-outbox.tsv"
python3 bench/whatsapp.py check-drain "$OUT/gupshup.log" "$OUT/whatsapp-outbox.tsv" 91700 "$WA_RATE" \
    | sed 's/^/whatsapp-/' | tee -a "$OUT/results.txt" || checks_passed=false
# every request the fake took, in both parts, is one outbox row's and every row sent was taken once
python3 bench/whatsapp.py check-sends "$OUT/gupshup.log" "$OUT/whatsapp-outbox.tsv" \
    | sed 's/^/whatsapp-/' | tee -a "$OUT/results.txt" || checks_passed=false
$checks_passed || { echo "WhatsApp: a check failed (above)" >&2; exit 1; }
fi

echo "== machine"
{ nproc; grep -m1 'model name' /proc/cpuinfo; "$JAVA" -version 2>&1 | head -1; "${PSQL[@]}" -d "$DB" -At -c 'show server_version'; } \
    | tee "$OUT/machine.txt"
