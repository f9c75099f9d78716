#!/usr/bin/env bash
# Start-up of the dev profile (H2, demo data; issue 19), the packaged jar as it is (`java -jar target/ayurlahi.jar`)
# against the fast start (bin/dev-fast.sh: the extracted jar with the JDK's AOT cache from a training run, C1 only):
#   bash bench/startup.sh
# Each round starts each way cold (a new data folder: Flyway's migrations, then the demo data) and warm (again on that
# folder: migrations and demo data already there), in turn, and measures
#   started  `Started … in` from the log (the context refreshed and Tomcat listening; the demo data comes after it),
#   first    launch to the first 200 from GET /login,
#   ready    launch to readiness (/actuator/health/readiness UP: the demo data is in),
#   cpu      the JVM's CPU seconds (user + system, /proc/<pid>/stat) at the first 200: what survives a busy machine.
# RESULT lines give each one's median (and min, max) per way and start. It exits 1 when the fast start's median
# `Started … in`, cold or warm, is over its goal: BENCH_STARTUP_GOAL seconds (default 5, the issue's) scaled by this
# machine's speed as the plain jar's start shows it (below), or unscaled when only the fast start is measured (meant
# for a quiet machine: it prints the load average). BENCH_PORT (default 3921) is the app's port, BENCH_STARTUP_RUNS (default 3) the rounds,
# BENCH_STARTUP_WAYS (default "plain fast") the ways to start. The fast start needs a JDK 25 (see bin/dev-fast.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/jdk.sh
export JAVA
PORT="${BENCH_PORT:-3921}"
RUNS="${BENCH_STARTUP_RUNS:-3}"
WAYS="${BENCH_STARTUP_WAYS:-plain fast}"
GOAL="${BENCH_STARTUP_GOAL:-5}"
OUT=target/bench/startup
BASE="http://localhost:$PORT"
rm -rf "$OUT"
mkdir -p "$OUT"

echo "== building and preparing the fast start (a training run when the jar changed)"
bash bin/dev-fast.sh --prepare
case " $WAYS " in *" plain "*)
    if [ ! -f target/ayurlahi.jar ] || [ -n "$(find src/main pom.xml -newer target/ayurlahi.jar -type f -print -quit)" ]; then
        echo "== building target/ayurlahi.jar"
        ./mvnw -q -B -DskipTests package
    fi ;;
esac

APP=
trap '[ -z "$APP" ] || { kill $APP 2>/dev/null; wait $APP 2>/dev/null; } || true' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

measure() { # way start round: prints "way start started first ready cpu"
    local way=$1 start=$2 round=$3 data="$PWD/$OUT/data-$1-$3" log="$OUT/$1-$2-$3.log" t0 first="" ready="" cpu started
    [ "$start" = cold ] && rm -rf "$data"
    t0=$(now_ms)
    if [ "$way" = fast ]; then
        DATA_DIR="$data" bash bin/dev-fast.sh --server.port="$PORT" > "$log" 2>&1 &
    else
        DATA_DIR="$data" "$JAVA" -jar target/ayurlahi.jar --server.port="$PORT" > "$log" 2>&1 &
    fi
    APP=$!
    while [ -z "$ready" ]; do
        kill -0 $APP 2>/dev/null || { echo "The app stopped; see $log" >&2; exit 1; }
        if [ -z "$first" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ]; then
            first=$(( $(now_ms) - t0 ))
            cpu=$(awk '{ printf "%.2f", ($14 + $15) / 100 }' /proc/$APP/stat)
        fi
        if [ -n "$first" ] && curl -fs -o /dev/null "$BASE/actuator/health/readiness"; then ready=$(( $(now_ms) - t0 )); fi
        [ $(( $(now_ms) - t0 )) -lt 600000 ] || { echo "Not ready after 10 minutes; see $log" >&2; exit 1; }
        sleep 0.05
    done
    started=$(sed -n 's/.*Started AyurlahiApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)
    kill $APP; wait $APP 2>/dev/null || true; APP=
    printf '%s %s %s %.2f %.2f %s\n' "$way" "$start" "$started" "$(echo "$first / 1000" | bc -l)" \
        "$(echo "$ready / 1000" | bc -l)" "$cpu"
}

echo "== $RUNS rounds on port $PORT with $("$JAVA" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "way start started_s first_s ready_s cpu_s" | tee "$OUT/runs.txt"
for round in $(seq 1 "$RUNS"); do
    for way in $WAYS; do
        for start in cold warm; do
            measure $way $start "$round" | tee -a "$OUT/runs.txt"
        done
    done
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# median (min, max) of one column for one way and start
stat() { # way start column
    awk -v w="$1" -v s="$2" -v c="$3" '$1 == w && $2 == s { print $c }' "$OUT/runs.txt" | sort -n \
        | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                 printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
median() { stat "$@" | cut -d' ' -f1; }
for way in $WAYS; do
    for start in cold warm; do
        echo "RESULT startup $way $start: started $(stat $way $start 3) s, first request $(stat $way $start 4) s," \
            "ready $(stat $way $start 5) s, cpu at first request $(stat $way $start 6) s"
    done
done
for start in cold warm; do
    [ "$WAYS" = "plain fast" ] || break
    echo "RESULT startup fast/plain $start: started x$(echo "$(median fast $start 3) / $(median plain $start 3)" | bc -l \
        | xargs printf '%.2f'), cpu x$(echo "$(median fast $start 6) / $(median plain $start 6)" | bc -l | xargs printf '%.2f')"
done
# The goal is the issue's 5 s where the issue measured the plain jar starting in 11.7-12.2 s. This machine's speed moves
# by more than two times between days (bench/README.md), so when the plain jar was measured too the goal is scaled by
# its start in this run, as the catalog's and the webhooks' goals are by the sign-in page's rate: 5 s x the plain
# jar's median / 12.2 s (the issue's slower figure, the stricter goal). Measured alone, the fast start has 5 s.
status=0
for start in cold warm; do
    case " $WAYS " in *" fast "*) ;; *) break ;; esac
    goal=$GOAL
    case " $WAYS " in *" plain "*) goal=$(echo "$GOAL * $(median plain $start 3) / 12.2" | bc -l | xargs printf '%.2f') ;; esac
    if [ "$(echo "$(median fast $start 3) > $goal" | bc -l)" = 1 ]; then
        echo "GOAL MISSED: the fast start's median 'Started … in' ($start) is $(median fast $start 3) s, over $goal s"
        status=1
    else
        echo "goal met: the fast start's median 'Started … in' ($start) is $(median fast $start 3) s, at most $goal s"
    fi
    [ "$goal" = "$GOAL" ] || echo "(unscaled: $(median fast $start 3) s against the issue's $GOAL s)"
done
exit $status
