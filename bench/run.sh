#!/usr/bin/env bash
# The benchmarks of bench/README.md, each section on a fresh database and a freshly started app, so that none depends
# on what another left behind (or is still doing in the background):
#   bash bench/run.sh             # everything
#   bash bench/run.sh catalog     # only the catalog search and the order placement
#   bash bench/run.sh webhooks    # only the webhook ingestion and the background work of its 10,000 captures
#   bash bench/run.sh ingestion   # only the webhook ingestion (the webhooks section without the background work)
#   bash bench/run.sh invoices    # only the invoice generation
#   bash bench/run.sh subscriptions # only the renewal run of 10,000 subscriptions in the sandbox, invoiced
#   bash bench/run.sh whatsapp    # only the WhatsApp callbacks and outbox (BENCH_WHATSAPP_COUNT, default 10000)
#   bash bench/run.sh startup     # only the start-up of the dev profile (bench/startup.sh)
#   bash bench/run.sh catalog invoices   # several
# Every goal and integrity check ends in a line "goal met: …" / "GOAL MISSED: …" or "integrity ok: …" /
# "INTEGRITY FAILED: …", and the run ends with a summary; it exits 1 when any goal or check failed (each named), and
# 0 otherwise.
# Needs what the tests need (PostgreSQL on localhost:5432 as postgres, a JDK >= 21 under /usr/lib/jvm) and wrk,
# which it installs from Debian's packages when missing. BENCH_DURATION (default 30s) sets each run's length;
# BENCH_APP_ARGS adds arguments to the application's command line (to try a setting), BENCH_JAVA_OPTS options
# to its JVM (e.g. -XX:StartFlightRecording=filename=target/bench/app.jfr,settings=profile to profile it).
# BENCH_JAR runs a jar built before instead of building this checkout (to compare two versions on one machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
PORT="${BENCH_PORT:-3900}"
DB="${BENCH_DB:-ayurlahi_bench}"
DURATION="${BENCH_DURATION:-30s}"
SECTIONS=" ${*:-all} "
CONNECTIONS=50
THREADS=2
BASE="http://localhost:$PORT"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
OUT=target/bench
mkdir -p "$OUT"

source "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
source "$(dirname "${BASH_SOURCE[0]}")/autovacuum.sh"
source "$(dirname "${BASH_SOURCE[0]}")/app.sh"

if [ -n "${BENCH_JAR:-}" ]; then
    JAR=$(readlink -f "$BENCH_JAR")
else
    echo "== building"
    ./mvnw -q -B -DskipTests package
    JAR=target/ayurlahi.jar
fi

fresh_db() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
}
start_app() { # [more arguments for the app]
    echo "== starting the app on PostgreSQL ($DB), port $PORT"
    bench_app_start "$JAR" "$PORT" "$DB" "$OUT/app.log" "$OUT/documents" "$@"
    APP=$BENCH_APP_PID
    bench_app_ready "$PORT" "$APP" "$OUT/app.log"
}
stop_app() {
    stop_autovacuum_stand_in
    [ -n "${APP:-}" ] || return 0
    kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
    APP=
}
# A section starts from nothing: a fresh database, the app started on it (with the section's arguments), the demo
# clinic signed in to the API.
begin_section() { # [more arguments for the app]
    stop_app
    fresh_db
    rm -rf "$OUT/documents" "$jar"
    start_app "$@"
    autovacuum_stand_in "$DB" # where the server has autovacuum off (bench/autovacuum.sh)
    export BENCH_TOKEN=$(token clinic@demo.ayurlahi.in)
}
token() { bench_token "$BASE" "$1"; } # email: a JWT for the API
sign_in() { bench_sign_in "$BASE" "$jar" "$1"; } # email: the portal session in $jar
# This machine's speed in $login_rps: the sign-in page's rate, the yardstick the issue gave its figures with (2,066/s
# on its machine), 10 s to warm up and $DURATION measured. A goal the issue gave in seconds or per second on its
# machine is scaled by it (this machine's speed moves by more than two times between days: bench/README.md).
sign_in_page_rate() {
    echo "== the sign-in page (the baseline), $CONNECTIONS connections, 10 s to warm up and $DURATION measured"
    wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/trivial.lua "$BASE" > /dev/null
    local result
    result=$(wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --timeout 10s -s bench/trivial.lua "$BASE" | grep '^RESULT' | sed 's/^RESULT //')
    record "baseline-login-page $result"
    login_rps=$(field rps "$result")
}
scaled() { # a figure of the issue's machine, "time" (seconds: longer here) or "rate" (per second: lower here)
    awk -v v="$1" -v b="$login_rps" -v kind="$2" 'BEGIN {printf "%.1f", kind == "time" ? v * 2066 / b : v * b / 2066}'
}
wanted() { [[ "$SECTIONS" == *" all "* || "$SECTIONS" == *" $1 "* ]]; }
record() { echo "$*" | tee -a "$OUT/results.txt"; }
sql() { "${PSQL[@]}" -d "$DB" -At -F ' ' -c "$1"; }
field() { # name, RESULT line: the value of name=…
    sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"
}
FAILED=()
goal() { # what, measured, >= or <=, target, [unit]
    local what=$1 measured=$2 op=$3 target=$4 unit=${5:-}
    if [ -n "$measured" ] && awk -v m="$measured" -v t="$target" "BEGIN { exit !(m $op t) }"; then
        record "goal met: $what: $measured$unit (goal $op $target$unit)"
    else
        record "GOAL MISSED: $what: ${measured:-nothing measured}$unit (goal $op $target$unit)"
        FAILED+=("goal missed: $what: ${measured:-nothing measured}$unit, goal $op $target$unit")
    fi
}
integrity() { # what, then a command that succeeds when it holds
    local what=$1; shift
    if "$@"; then
        record "integrity ok: $what"
    else
        record "INTEGRITY FAILED: $what"
        FAILED+=("integrity failed: $what")
    fi
}
heap_sampler() { # heap in use (survivors + eden + old, KB) five times a second into $OUT/heap.txt, until killed
    local jstat
    jstat="$(dirname "$(readlink -f "$JAVA")")/jstat"
    # One jstat that samples every 200 ms: a jstat started for each sample is a JVM started five times a second, which
    # took a good part of a core from what was measured.
    "$jstat" -gc $APP 200 2>/dev/null | awk 'NR > 1 {print $3 + $4 + $6 + $8; fflush()}' > "$OUT/heap.txt" &
    SAMPLER=$!
}
peak_heap_mb() { sort -n "$OUT/heap.txt" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
max_heap_mb() {
    "$(dirname "$(readlink -f "$JAVA")")/jcmd" $APP VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | awk -F= '{printf "%.0f", $2 / 1048576}'
}
run_job() { # job name, admin token: runs it through the API and waits for its end; prints the execution id
    local execution
    execution=$(curl -s -X POST -H "Authorization: Bearer $2" "$BASE/api/admin/jobs/$1/run" | sed 's/.*"executionId":\([0-9]*\).*/\1/')
    until curl -s -H "Authorization: Bearer $2" "$BASE/api/admin/jobs/executions/$execution" | grep -q '"endTime":"'; do
        sleep 1
    done
    echo "$execution"
}
APP=; FAKE_GUPSHUP=; SAMPLER=
trap 'stop_app; [ -z "$FAKE_GUPSHUP" ] || kill $FAKE_GUPSHUP 2>/dev/null || true; [ -z "$SAMPLER" ] || kill $SAMPLER 2>/dev/null || true' EXIT
: > "$OUT/app.log"
jar="$OUT/cookies.txt"
: > "$OUT/results.txt"

if wanted catalog; then
echo "== catalog: a fresh database; generating 100,000 products"
begin_section
"${PSQL[@]}" -d "$DB" -f bench/generate-catalog.sql
echo "products: $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from products")"

# The searches go out under as many portal sessions of the demo clinic as there are connections, as that many users
# signed in would send them (search.lua takes them in turn). One session shared by all the connections at once would
# make every request wait for the others' writes of its last access to the session's one row (Spring Session JDBC
# updates it at the end of each request), which no user's typing does.
: > "$OUT/sessions.txt"
for _ in $(seq 1 "$CONNECTIONS"); do
    sign_in clinic@demo.ayurlahi.in
    bench_session_id "$jar" >> "$OUT/sessions.txt"
done
export BENCH_SESSIONS="$OUT/sessions.txt"
"${PSQL[@]}" -d "$DB" -At -c "select id from products where sku like 'BENCH-%' and sku <> 'BENCH-77' order by random() limit 20000" > "$OUT/products.txt"
export BENCH_PRODUCTS="$OUT/products.txt"

run() { # name, script, duration: one wrk run; its RESULT line in $RESULT
    local name=$1 script=$2 duration=$3
    RESULT=$(wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 10s -s "bench/$script" "$BASE" | grep '^RESULT' | sed 's/^RESULT //')
    record "$name $RESULT"
}
# On two cores the JIT compilers take about 45 s of load before a request's code runs at its steady speed.
echo "== warming up"
wrk -t$THREADS -c$CONNECTIONS -d45s -s bench/search.lua "$BASE" > /dev/null
wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/trivial.lua "$BASE" > /dev/null

echo "== catalog search fragment vs. the sign-in page, $CONNECTIONS connections as fast as they can, $DURATION each"
run baseline-login-page trivial.lua "$DURATION"; baseline=$(field rps "$RESULT")
run catalog-search search.lua "$DURATION"; search=$(field rps "$RESULT")
# The issue measured its figures with the sign-in page at 2,066/s, and this machine's speed varies by more than two
# times from day to day (bench/README.md). So, as for the webhooks, each goal is the issue's figure scaled by the sign-in
# page's rate measured in this run: the search at 17 % of it (the issue's own "350/s (17 %)"), the orders at
# 500 / 2,066 = 24.2 % of it, and the typing users' p95 at 20 ms x 2,066 / the sign-in page's rate.
share() { awk -v m="$1" -v b="$baseline" 'BEGIN {printf "%.1f", 100 * m / b}'; } # a rate as a % of the sign-in page's
record "catalog-search: $(share "$search") % of the sign-in page's rate"
goal "catalog search fragment, flat out (% of the sign-in page's rate)" "$(share "$search")" ">=" 17 " %"

# The issue's typing users search again 300 ms after each result (the search box's debounce) on its machine. Their
# pace is scaled like the goals: on a machine at half the issue's speed they pause 600 ms, so that they ask for the
# same share of what the machine can serve (at a fixed 300 ms, a slow machine is asked for more searches than it can
# serve flat out, and the p95 measures the queue, not a search).
think=$(awk -v b="$baseline" 'BEGIN {printf "%.0f", 300 * 2066 / b}')
echo "== the same, each connection a user who searches again about $think ms after each result (300 ms scaled by speed)"
BENCH_THINK_MS=$think run baseline-login-page-typing trivial.lua "$DURATION"
BENCH_THINK_MS=$think run catalog-search-typing search.lua "$DURATION"
goal "catalog search, 50 typing users pausing $think ms, p95" "$(field p95_ms "$RESULT")" "<=" \
    "$(awk -v b="$baseline" 'BEGIN {printf "%.1f", 20 * 2066 / b}')" " ms"

echo "== order placement across 20,000 products (after 30 s of it to warm up)"
wrk -t$THREADS -c$CONNECTIONS -d30s -s bench/orders.lua "$BASE" > /dev/null
run orders-distinct-products orders.lua "$DURATION"
orders=$(field rps "$RESULT")
record "orders across products: $(share "$orders") % of the sign-in page's rate"
goal "orders across 20,000 products (% of the sign-in page's rate)" "$(share "$orders")" ">=" 24.2 " %"
integrity "every order across products answered 201" grep -q '^statuses=201=[0-9]*$' <<<"statuses=$(field statuses "$RESULT")"

echo "== order placement, all on one product with 500 in stock"
contended=$("${PSQL[@]}" -d "$DB" -At -c "update products set stock_quantity = 500 where sku = 'BENCH-77' returning id")
BENCH_PRODUCT="$contended" run orders-one-product orders.lua 20s
read -r remaining ordered <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select p.stock_quantity,
    (select coalesce(sum(i.quantity), 0) from order_items i where i.product_id = p.id) from products p where p.id = '$contended'")"
oversold=$(( ordered > 500 ? ordered - 500 : 0 ))
record "contention: stock left $remaining, units ordered $ordered, oversold $oversold (must be 0; left + ordered must be 500: $((remaining + ordered)))"
integrity "one product under contention: oversold 0, stock left + units ordered = 500" \
    test "$oversold" -eq 0 -a $((remaining + ordered)) -eq 500
fi

if wanted webhooks || wanted ingestion; then
echo "== webhook ingestion: a fresh database; $CONNECTIONS senders, 30 % of the deliveries repeated"
begin_section
WEBHOOK_PAYMENTS="${BENCH_WEBHOOK_PAYMENTS:-10000}"
WARMUP_PAYMENTS="${BENCH_WEBHOOK_WARMUP:-2000}"
product=$(sql "update products set stock_quantity = 1000000 where sku = 'SAP-ASH-100' returning id")
# A warm-up burst of other payments (evt_warm_…) goes first, so that the measured one meets compiled code, as a
# running server's would; its own background work is done before the measured deliveries start.
python3 bench/webhooks.py prepare "$BASE" "$BENCH_TOKEN" dev-only-sandbox-webhook-secret "$WARMUP_PAYMENTS" \
    "$OUT/warmup-deliveries.txt" "$product" warm
mark=$(sql "select now()")
python3 bench/webhooks.py prepare "$BASE" "$BENCH_TOKEN" dev-only-sandbox-webhook-secret "$WEBHOOK_PAYMENTS" \
    "$OUT/deliveries.txt" "$product"
# The sandbox learns of each payment as its checkout page would have told it, so that the payout transfers the
# captures start are made (with a payment it does not know, it refuses them as Razorpay would).
cat "$OUT/warmup-deliveries.txt" "$OUT/deliveries.txt" | cut -f3 | python3 -c 'import json, sys
seen = set()
for line in sys.stdin:
    payment = json.loads(line)["payload"]["payment"]["entity"]
    if payment["id"] not in seen:
        seen.add(payment["id"]); print(payment["id"] + "," + payment["order_id"])' > "$OUT/sandbox-payments.csv"
"${PSQL[@]}" -d "$DB" -c "\copy sandbox_razorpay_payments (payment_id, order_id) from '$OUT/sandbox-payments.csv' with (format csv)"
background_done() { # what: waits until no event's background work is left, the invoices owed issued included
    local started=$SECONDS
    until [ "$(sql "select (select count(*) from event_publication where completion_date is null)
                         + (select count(*) from invoice_requests where issued_at is null)")" = 0 ]; do
        [ $((SECONDS - started)) -lt 900 ] || { echo "$1 still not done after 15 minutes" >&2; exit 1; }
        sleep 2
    done
}
# The orders' own background work (their notifications) is done before the captures come.
background_done "the orders' background work"
echo "== warming up: $WARMUP_PAYMENTS captures (evt_warm_…, not counted)"
BENCH_DELIVERIES="$OUT/warmup-deliveries.txt" BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c$CONNECTIONS -d40s --timeout 10s -s bench/webhooks.lua "$BASE" > /dev/null
started=$SECONDS
until [ "$(sql "select count(*) from razorpay_events where event_id like 'evt_warm_%' and outcome = 'RECEIVED'")" = 0 ]; do
    [ $((SECONDS - started)) -lt 600 ] || { echo "the warm-up's events still not applied after 10 minutes" >&2; exit 1; }
    sleep 2
done
background_done "the warm-up's background work"
# This machine's speed, to compare the ingestion and the burst with: the sign-in page, as the catalog section measures it.
sign_in_page_rate
echo "== measured: $WEBHOOK_PAYMENTS captures"
captures_from=$(sql "select now()")
report=$(BENCH_DELIVERIES="$OUT/deliveries.txt" BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c$CONNECTIONS -d40s --timeout 10s -s bench/webhooks.lua "$BASE")
result=$(grep '^RESULT' <<<"$report" | sed 's/^RESULT //')
record "webhooks $result"
grep '^WEBHOOKS' <<<"$report" | tee -a "$OUT/results.txt"
drain_start=$(date +%s)
until [ "$(sql "select count(*) from razorpay_events where event_id like 'evt_bench_%' and outcome = 'RECEIVED'")" = 0 ]; do
    [ $(( $(date +%s) - drain_start )) -lt 600 ] || { echo "events still waiting after 10 minutes" >&2; exit 1; }
    sleep 1
done
record "applied: every stored event had been applied $(( $(date +%s) - drain_start )) s after the run ended"
# wrk waits out its whole duration; the server's own clock says how long the deliveries took.
delivered=$(grep '^WEBHOOKS' <<<"$report" | sed 's/.*accepted=\([0-9]*\) duplicate=\([0-9]*\).*/\1 + \2/')
read -r seconds rate <<<"$(sql "select round(extract(epoch from max(received_at) - min(received_at))::numeric, 2),
      round(($delivered) / extract(epoch from max(received_at) - min(received_at))::numeric, 1)
    from razorpay_events where event_id like 'evt_bench_%'")"
record "throughput: $(( delivered )) deliveries in $seconds s = $rate deliveries/s"
# "hold" (issue 19): the issue measured 2,279 deliveries/s at p99 88 ms where the sign-in page answered 2,066/s,
# 1.10 times the page's rate; with 50 connections the p99 is about inversely proportional to the rate, so its
# goal is the issue's 88 ms scaled by this machine's sign-in rate against the issue's.
record "throughput against the sign-in page: $(awk -v r="$rate" -v b="$login_rps" 'BEGIN {printf "%.2f", r / b}') times its rate"
goal "webhook ingestion (times the sign-in page's rate)" "$(awk -v r="$rate" -v b="$login_rps" 'BEGIN {printf "%.2f", r / b}')" ">=" 1.10
goal "webhook ingestion p99" "$(field p99_ms "$result")" "<=" "$(awk -v b="$login_rps" 'BEGIN {printf "%.1f", 88 * 2066 / b}')" " ms"
sql "select
      (select count(*) from razorpay_events where event_id like 'evt_bench_%') as events_stored,
      (select count(*) from razorpay_events where event_id like 'evt_bench_%' and outcome = 'APPLIED') as events_applied,
      (select count(*) from payments where created_at >= '$mark' and status = 'CAPTURED') as payments_captured,
      (select count(*) from payments where created_at >= '$mark') as payments,
      (select count(*) from audit_entries where action = 'PAYMENT_CAPTURED' and at >= '$captures_from') as capture_entries,
      (select count(distinct entity_id) from audit_entries where action = 'PAYMENT_CAPTURED' and at >= '$captures_from') as payments_with_entry,
      (select count(*) from order_status_history where status = 'CONFIRMED' and at >= '$captures_from') as confirmations,
      (select count(distinct order_id) from order_status_history where status = 'CONFIRMED' and at >= '$captures_from') as orders_confirmed" \
    | { read -r stored applied captured total entries distinct confirmations confirmed
        record "exactly once: $stored events stored, $applied applied; $captured of $total payments captured; $entries PAYMENT_CAPTURED entries for $distinct payments; $confirmations confirmations of $confirmed orders"
        # every delivered event applied once: one capture, one audit entry and one confirmation per stored event
        [ "$applied" = "$stored" ] && [ "$captured" = "$stored" ] && [ "$entries" = "$stored" ] \
            && [ "$distinct" = "$stored" ] && [ "$confirmations" = "$stored" ] && [ "$confirmed" = "$stored" ]; } \
    && exactly_once=true || exactly_once=false
integrity "each delivered capture applied exactly once (one capture, one audit entry, one confirmation)" $exactly_once
fi

if wanted webhooks; then

echo "== the background work of the $WEBHOOK_PAYMENTS captures: tax invoice, payout transfer, notifications"
# Per captured order: its tax invoice issued, its payout transfer handed to Razorpay (no longer PENDING), the
# manufacturer's in-app notification written and the WhatsApp messages of the payment put in the outbox (sending
# them is paced by the provider's rate, not part of this).
sql "drop table if exists bench_captured; create unlogged table bench_captured as
    select p.order_id, p.captured_at, e.received_at
      from payments p join razorpay_events e on e.razorpay_payment_id = p.razorpay_payment_id and e.event_id like 'evt_bench_%'
     where p.created_at >= '$mark' and p.status = 'CAPTURED'; create index on bench_captured (order_id)" > /dev/null
work="select count(*) filter (where v.n is null), count(*) filter (where t.status is null or t.status = 'PENDING'),
             count(*) filter (where n.created_at is null), count(*)
        from bench_captured c
        left join (select order_id, count(*) as n from invoices where kind = 'TAX_INVOICE' group by order_id) v on v.order_id = c.order_id
        left join payout_transfers t on t.order_id = c.order_id
        left join notifications n on n.link = '/manufacturer/orders/' || c.order_id and n.message like '% is paid: %'"
last_moved=$SECONDS; previous=; burst_start=$SECONDS
while :; do
    read -r invoices_owed transfers_owed notifications_owed captured_orders <<<"$(sql "$work")"
    now="$invoices_owed $transfers_owed $notifications_owed"
    [ "$now" = "0 0 0" ] && break
    [ "$now" != "$previous" ] && { previous=$now; last_moved=$SECONDS; }
    [ $((SECONDS - last_moved)) -lt 120 ] || { record "background work stopped moving: invoices, transfers, notifications still to do: $now"; break; }
    [ $((SECONDS - burst_start)) -lt 1200 ] || { record "background work not done after 20 minutes: invoices, transfers, notifications still to do: $now"; break; }
    sleep 2
done
sql "select 'burst: the last capture arrived ' || to_char(max(c.received_at), 'HH24:MI:SS') || '; the last of its work done '
        || round(extract(epoch from greatest(max(v.issued_at), max(t.updated_at), max(n.created_at), max(w.created_at)) - max(c.received_at))::numeric, 1)
        || ' s later (invoices ' || round(extract(epoch from max(v.issued_at) - max(c.received_at))::numeric, 1)
        || ' s, transfers ' || round(extract(epoch from max(t.updated_at) - max(c.received_at))::numeric, 1)
        || ' s, notifications ' || round(extract(epoch from max(n.created_at) - max(c.received_at))::numeric, 1)
        || ' s, WhatsApp messages queued ' || coalesce(round(extract(epoch from max(w.created_at) - max(c.received_at))::numeric, 1)::text, '-') || ' s)'
      from bench_captured c
      left join invoices v on v.order_id = c.order_id and v.kind = 'TAX_INVOICE'
      left join payout_transfers t on t.order_id = c.order_id
      left join notifications n on n.link = '/manufacturer/orders/' || c.order_id and n.message like '% is paid: %'
      left join (select split_part(notice_key, '/', 2)::uuid as order_id, created_at from whatsapp_outbox
                  where notice_key like 'order/%/CONFIRMED/%') w on w.order_id = c.order_id" | tee -a "$OUT/results.txt"
read -r done_after notify_p95 notify_max arrival_p95 whatsapp_messages <<<"$(sql "
    with paid as (select link, min(created_at) as notified from notifications where message like '% is paid: %' group by link),
         per_order as (
        select c.order_id, c.received_at, c.captured_at, paid.notified
          from bench_captured c left join paid on paid.link = '/manufacturer/orders/' || c.order_id)
    select round(extract(epoch from (select greatest(max(v.issued_at), max(t.updated_at), max(n.created_at))
                                      from bench_captured c
                                      left join invoices v on v.order_id = c.order_id and v.kind = 'TAX_INVOICE'
                                      left join payout_transfers t on t.order_id = c.order_id
                                      left join notifications n on n.link = '/manufacturer/orders/' || c.order_id and n.message like '% is paid: %')
                             - (select max(received_at) from bench_captured))::numeric, 1),
           round(percentile_cont(0.95) within group (order by extract(epoch from notified - captured_at))::numeric, 2),
           round(max(extract(epoch from notified - captured_at))::numeric, 2),
           round(percentile_cont(0.95) within group (order by extract(epoch from notified - received_at))::numeric, 2),
           (select count(*) from whatsapp_outbox w join bench_captured c on split_part(w.notice_key, '/', 2) = c.order_id::text
             where w.notice_key like 'order/%/CONFIRMED/%')
      from per_order")"
record "burst: the manufacturer's notification after the capture was recorded: p95 $notify_p95 s, max $notify_max s; after the webhook arrived: p95 $arrival_p95 s; WhatsApp messages queued: $whatsapp_messages"
# The issue's 300 s, on a machine at the issue's speed; scaled like the ingestion's p99.
record "burst: done $done_after s after the last capture; the issue's 300 s at this machine's speed: $(scaled 300 time) s"
goal "after 10,000 captures, every invoice, transfer and notification done (s after the last capture arrived; 300 s scaled)" \
    "$done_after" "<=" "$(scaled 300 time)" " s"
goal "a capture's notification written (p95, s after the capture)" "$notify_p95" "<=" 10 " s"
sql "select count(*) filter (where v.n <> 1), count(*) filter (where t.n <> 1), count(*) filter (where n.n <> 1)
       from bench_captured c
       left join (select order_id, count(*) as n from invoices where kind = 'TAX_INVOICE' group by order_id) v on v.order_id = c.order_id
       left join (select order_id, count(*) as n from payout_transfers group by order_id) t on t.order_id = c.order_id
       left join (select link, count(*) as n from notifications where message like '% is paid: %' group by link) n on n.link = '/manufacturer/orders/' || c.order_id" \
    | { read -r invoices_wrong transfers_wrong notifications_wrong
        record "burst exactly once: orders without exactly one tax invoice $invoices_wrong, one payout transfer $transfers_wrong, one notification $notifications_wrong"
        [ "$invoices_wrong" = 0 ] && [ "$transfers_wrong" = 0 ] && [ "$notifications_wrong" = 0 ]; } \
    && burst_once=true || burst_once=false
integrity "each captured order has exactly one tax invoice, one payout transfer and one notification" $burst_once
sql "select min(sequence_number), max(sequence_number), count(*), count(distinct invoice_number) from invoices
      where (supplier_key, kind, financial_year) = (select supplier_key, kind, financial_year from invoices v
                                                     join bench_captured c on c.order_id = v.order_id limit 1)" \
    | { read -r first last count distinct
        record "burst invoice series: numbers $first to $last, $count invoices, $distinct distinct numbers"
        [ $((last - first + 1)) = "$count" ] && [ "$distinct" = "$count" ]; } && consecutive=true || consecutive=false
integrity "the manufacturer's invoice numbers consecutive, none twice" $consecutive
fi

if wanted invoices; then
echo "== invoice generation: a fresh database; 1,000 owed tax invoices through the invoice-generation job"
begin_section
admin_token=$(token admin@demo.ayurlahi.in)
# Warm-up: the job issues 300 others in the same series first, so that the measured run meets compiled code (the
# first PDFs of a fresh JVM take up to a second each).
"${PSQL[@]}" -d "$DB" -v prefix=WARM -v count=300 -f bench/generate-owed-invoices.sql
warm_up=$(run_job invoice-generation "$admin_token")
record "warm-up: $("${PSQL[@]}" -d "$DB" -At -c "select status from batch_job_execution where job_execution_id = $warm_up"), $("${PSQL[@]}" -d "$DB" -At -c "select count(*) from invoices v join orders o on o.id = v.order_id where o.order_number like 'WARM-%'") invoices issued before the measured run"
"${PSQL[@]}" -d "$DB" -v prefix=BENCH -v count=1000 -f bench/generate-owed-invoices.sql
heap_sampler
execution=$(run_job invoice-generation "$admin_token")
kill $SAMPLER 2>/dev/null || true; SAMPLER=
read -r status issued seconds rate consecutive <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select e.status, i.issued,
      round(extract(epoch from e.end_time - e.start_time)::numeric, 2),
      round(i.issued / extract(epoch from e.end_time - e.start_time)::numeric, 1),
      (i.last_number - i.first_number + 1 = i.issued and i.distinct_numbers = i.issued)
    from batch_job_execution e,
         (select count(*) as issued, count(distinct v.invoice_number) as distinct_numbers,
                 min(v.sequence_number) as first_number, max(v.sequence_number) as last_number
          from invoices v join orders o on o.id = v.order_id where o.order_number like 'BENCH-%') i
    where e.job_execution_id = $execution")"
record "invoice-generation: $status, $issued invoices in $seconds s = $rate invoices/s; consecutive: $consecutive"
sign_in_page_rate
record "invoices: $rate/s; the issue's 50/s at this machine's speed: $(scaled 50 rate)/s"
goal "invoices through the job (invoices/s; 50/s scaled)" "$rate" ">=" "$(scaled 50 rate)"
integrity "the job completed and issued all 1,000, numbered consecutively with none twice" \
    test "$status" = COMPLETED -a "$issued" = 1000 -a "$consecutive" = t
record "peak heap in use during the run: $(peak_heap_mb) MB (the app's max heap $(max_heap_mb) MB)"
goal "peak heap in use while the job runs" "$(peak_heap_mb)" "<=" 512 " MB"
# The same template to HTML only: the invoice page of 200 of those invoices, one after the other.
"${PSQL[@]}" -d "$DB" -At -c "select v.id from invoices v join orders o on o.id = v.order_id
    where o.order_number like 'BENCH-%' order by v.sequence_number limit 200" > "$OUT/invoices.txt"
sign_in admin@demo.ayurlahi.in
while read -r id; do curl -s -o /dev/null -b "$jar" "$BASE/invoices/$id"; done < "$OUT/invoices.txt"
curl -s -H "Authorization: Bearer $admin_token" "$BASE/actuator/prometheus" | grep '^ayurlahi_invoices_render_seconds' \
    | awk -F'[{}" ]+' '/_count/ {count[$3] = $NF} /_sum/ {sum[$3] = $NF} /_max/ {max[$3] = $NF}
        END {for (f in count) printf "render %s: %d documents, mean %.1f ms, max %.1f ms\n", f, count[f], 1000 * sum[f] / count[f], 1000 * max[f]}' \
    | sort | tee -a "$OUT/results.txt"
fi

if wanted subscriptions; then
echo "== subscription renewals: a fresh database; 10,000 active subscriptions due at once, charged in the sandbox and invoiced"
begin_section
admin_token=$(token admin@demo.ayurlahi.in)
"${PSQL[@]}" -d "$DB" -f bench/generate-subscriptions.sql
BENCH_SUBS="from subscription_charges c join subscriptions s on s.id = c.subscription_id
    where s.gateway_subscription_id like 'sub_Bench%'"
rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
heap_sampler
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
job_s=0
if [ "$(invoiced)" -lt 10000 ]; then
    record "$(invoiced) invoiced by the listeners; running the invoice-generation job for the rest"
    job_start=$(date +%s.%N)
    run_job invoice-generation "$admin_token" > /dev/null
    job_s=$(echo "$(date +%s.%N) - $job_start" | bc)
fi
kill $SAMPLER 2>/dev/null || true; SAMPLER=
renewal_s=$("${PSQL[@]}" -d "$DB" -At -c "select round(extract(epoch from max(v.issued_at) - to_timestamp($start))::numeric, 1)
    from invoices v where v.subscription_charge_id in (select c.id $BENCH_SUBS)")
record "time from the trigger to the last invoice: $renewal_s s (the sandbox charged all in $(echo "$charged - $start" | bc | xargs printf '%.1f') s; the invoice-generation job: $job_s s)"
goal "10,000 renewals charged and invoiced (s, issue 16)" "$renewal_s" "<=" 300 " s"
read -r charges payments subscriptions amount <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select count(*),
        count(distinct c.gateway_payment_id), count(distinct c.subscription_id), sum(c.amount)
    $BENCH_SUBS and c.kind = 'RENEWAL'")"
record "charges $charges, distinct payments $payments, subscriptions charged $subscriptions, charged $amount"
read -r invoices charges_invoiced total igst consecutive first_number last_number <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select count(*),
        count(distinct v.subscription_charge_id), sum(v.total), count(*) filter (where v.igst > 0),
        (max(v.sequence_number) - min(v.sequence_number) + 1 = count(*) and count(distinct v.invoice_number) = count(*)),
        min(v.invoice_number), max(v.invoice_number)
    from invoices v where v.subscription_charge_id in (select c.id $BENCH_SUBS)")"
record "invoices $invoices, charges invoiced $charges_invoiced, invoiced $total, IGST ones $igst, numbers consecutive $consecutive, numbers $first_number to $last_number"
others=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from invoices v
    where v.supplier_key = (select max(supplier_key) from invoices where subscription_charge_id is not null)
      and v.subscription_charge_id not in (select c.id $BENCH_SUBS)
      and v.sequence_number between (select min(sequence_number) from invoices where subscription_charge_id in (select c.id $BENCH_SUBS))
                                and (select max(sequence_number) from invoices where subscription_charge_id in (select c.id $BENCH_SUBS))")
record "other invoices numbered in the same series meanwhile: $others"
integrity "10,000 subscriptions charged once each and each charge invoiced once, numbered consecutively" \
    test "$charges" = 10000 -a "$payments" = 10000 -a "$subscriptions" = 10000 -a "$invoices" = 10000 \
         -a "$charges_invoiced" = 10000 -a "$consecutive" = t -a "$others" = 0
record "peak heap in use during the run: $(peak_heap_mb) MB (the app's max heap $(max_heap_mb) MB); peak RSS $(grep VmHWM /proc/$APP/status | awk '{printf "%.0f MB", $2 / 1024}')"
fi

if wanted whatsapp; then
WA_COUNT="${BENCH_WHATSAPP_COUNT:-10000}"    # distinct inbound messages; also the outbox rows drained
WA_WARMUP="${BENCH_WHATSAPP_WARMUP:-5000}"   # distinct messages sent first, not counted (0: none)
WA_RATE="${BENCH_WHATSAPP_RATE:-200}"        # the outbox's configured rate, messages a second
FAKE_PORT="${BENCH_FAKE_GUPSHUP_PORT:-3901}"
WA_TOKEN=dev-only-whatsapp-webhook-token     # the dev default of WHATSAPP_WEBHOOK_TOKEN
CLINIC_PHONE=919800000003                    # the demo clinic's verified number (demo data)
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
begin_section --ayurlahi.whatsapp.api-key=bench --ayurlahi.whatsapp.api-url="http://localhost:$FAKE_PORT" \
    --ayurlahi.whatsapp.source-name=AyurlahiBench --ayurlahi.whatsapp.business-number=919000000000 \
    --ayurlahi.whatsapp.outbox.rate-per-second="$WA_RATE"
curl -fs -o /dev/null "http://localhost:$FAKE_PORT/" || { echo "The fake Gupshup did not start" >&2; exit 1; }
checks_passed=true
# This machine's speed: issue 15's goals (1,000 callbacks/s at a p99 of 100 ms) are scaled by it, as issue 19's are
# (50 connections sending as fast as they are answered: on a machine half as fast each answer takes twice as long).
sign_in_page_rate
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
result=$(grep '^RESULT' <<<"$report" | sed 's/^RESULT //')
record "whatsapp-inbound $result"
record "whatsapp: p99 $(field p99_ms "$result") ms; issue 15's 100 ms at this machine's speed: $(scaled 100 time) ms"
goal "WhatsApp callbacks p99 (issue 15; 100 ms scaled)" "$(field p99_ms "$result")" "<=" "$(scaled 100 time)" " ms"
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
record "whatsapp: issue 15's 1,000 callbacks/s at this machine's speed: $(scaled 1000 rate)/s"
goal "WhatsApp callbacks by the server's clock (callbacks/s, issue 15; 1,000/s scaled)" \
    "$(sql "select round(($answered) / extract(epoch from max(received_at) - min(received_at))::numeric, 1) $measured")" ">=" \
    "$(scaled 1000 rate)"
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
integrity "WhatsApp: each message stored and handled once with the replies expected; the outbox drained at its rate, in order per number, none lost or sent twice" $checks_passed
fi

if wanted startup; then
echo "== start-up of the dev profile (bench/startup.sh)"
stop_app
if BENCH_PORT="$PORT" bash bench/startup.sh | tee "$OUT/startup.txt"; then startup_ok=true; else startup_ok=false; fi
grep -E '^(RESULT|goal|GOAL)' "$OUT/startup.txt" >> "$OUT/results.txt" || true
$startup_ok || FAILED+=("goal missed: start-up of the dev profile (see above)")
fi

stop_app
echo "== machine"
{ nproc; grep -m1 'model name' /proc/cpuinfo; "$JAVA" -version 2>&1 | head -1; "${PSQL[@]}" -d postgres -At -c 'show server_version'; } \
    | tee "$OUT/machine.txt"

echo "== summary"
if [ ${#FAILED[@]} -eq 0 ]; then
    record "every goal met and every integrity check passed"
    exit 0
fi
for failure in "${FAILED[@]}"; do record "$failure"; done
exit 1
