#!/usr/bin/env bash
# The fast start of the application (issue 19): the packaged jar extracted (`-Djarmode=tools extract`), run with the
# JDK's ahead-of-time cache (JDK 25: JEP 483/514/515, the classes loaded and linked and the methods' profiles of a
# training run) and with the C1 compiler only (a development run needs quick compilation more than peak speed; the
# C2 compiler alone took more CPU than the application's own start-up), and with the code Spring's ahead-of-time
# processing generated for the context at build time (the jar built with -Pfast-start, started with
# -Dspring.aot.enabled=true: no configuration class read, no condition evaluated at start-up). That context is the dev
# profile's (H2, demo data) as the build saw it, so the fast start runs the dev profile only, and settings that choose
# beans (a real Razorpay, S3 or Gupshup) need the jar itself; arguments go to the application, as with the jar.
#   bash bin/dev-fast.sh [application arguments]   # builds, extracts and trains when needed, then runs
#   bash bin/dev-fast.sh --prepare                 # only that preparation (bench/startup.sh times what follows it)
# The jar is built under FAST_START_DIR/build (Maven's build directory for -Pfast-start, apart from target/classes and
# target/ayurlahi.jar) again when a file under src/main or the pom is newer than it, and the cache made again when the
# jar or this script changed (the JDK refuses a cache made with other jars). The training run uses a data folder of
# its own under FAST_START_DIR (default target/fast-start) and a free port, serves a few pages to the demo users and
# stops; the run itself uses DATA_DIR (./data), like ./mvnw spring-boot:run. It needs a JDK 25 or newer: JAVA, or the first such JDK
# under /usr/lib/jvm.
set -euo pipefail
SCRIPT="$(readlink -f "$0")"
cd "$(dirname "$0")/.."
GIVEN_JAVA="${JAVA:-}"
source bench/jdk.sh
supports_cache() { "$1" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; }
if [ -z "$GIVEN_JAVA" ] && ! supports_cache "$JAVA"; then
    for candidate in /usr/lib/jvm/*/bin/java; do supports_cache "$candidate" && { JAVA="$candidate"; break; }; done
fi
supports_cache "$JAVA" || { echo "fast start: needs a JDK 25 or newer (its AOT cache); $JAVA is older." \
    "Set JAVA=/path/to/jdk-25/bin/java, or run ./mvnw spring-boot:run" >&2; exit 1; }
if [ -n "${SPRING_PROFILES_ACTIVE:-}" ] && [ "$SPRING_PROFILES_ACTIVE" != dev ]; then
    echo "fast start: runs the dev profile only (its context is prepared when the jar is built);" \
        "for $SPRING_PROFILES_ACTIVE run java -jar target/ayurlahi.jar" >&2
    exit 1
fi
DIR="${FAST_START_DIR:-target/fast-start}"
DIR="${DIR%/}"
JAR="$DIR/build/ayurlahi.jar"
APP="$DIR/app/ayurlahi.jar"
CACHE="$DIR/app.aot"
# JDK 25's cached adapters warn on every start that some don't link (the classes and profiles are what count).
JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching -Dspring.aot.enabled=true)
# Spring Data's repositories are made when first used, not at start-up (the pom's fast-start profile gives the same
# setting to the ahead-of-time processing, which fixes it in the generated code): parsing and checking their queries
# was a fifth of a start (bench/README.md), and the entity manager factory is then built beside the rest of the
# context. A repository's bad query shows when it is first used rather than at start-up (the tests start it the usual way).
APP_OPTS=(--spring.data.jpa.repositories.bootstrap-mode=lazy)

newer_sources() {
    [ -n "$(find src/main pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)" ]
}

build() {
    if [ ! -f "$JAR" ] || newer_sources; then
        echo "fast start: building $JAR with Spring's ahead-of-time processing" >&2
        # Maven runs on this JDK too: the processing compiles the code it generates with Maven's own JDK.
        # Its log goes to a file: the processing starts the application's context and logs as it does.
        mkdir -p "$DIR"
        JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")" ./mvnw -q -B -Pfast-start \
            -Dfast-start.directory="$(cd "$DIR" && pwd)/build" -Dmaven.test.skip=true package \
            > "$DIR/build.log" 2>&1 || { echo "fast start: the build failed; see $DIR/build.log" >&2; exit 1; }
        touch "$JAR" # newer than the sources it was built from, whatever Maven found up to date
    fi
    if [ ! -f "$APP" ] || [ "$JAR" -nt "$APP" ]; then
        echo "fast start: extracting $JAR into $DIR/app" >&2
        rm -rf "$DIR/app" "$CACHE"
        mkdir -p "$DIR"
        "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" >&2
    fi
}

# Signs in as a demo user (its password is in users.internal.DemoAccounts) and opens the page it lands on and one more.
visit_as() { # base email page
    local jar="$DIR/training-cookies" token
    rm -f "$jar"
    token=$(curl -fs -c "$jar" -b "$jar" "$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fs -o /dev/null -L -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=Demo@12345" \
        --data-urlencode "_csrf=$token" "$1/login" || true
    curl -fs -o /dev/null -b "$jar" "$1$3" || true
    rm -f "$jar"
}

train() {
    [ -s "$CACHE" ] && [ "$CACHE" -nt "$APP" ] && [ "$CACHE" -nt "$SCRIPT" ] && return 0
    echo "fast start: training run to make $CACHE (a few minutes)" >&2
    local data="$(cd "$DIR" && pwd)/training-data" log="$DIR/training.log" pid port="" base
    rm -rf "$data" "$CACHE" "$CACHE.new"
    DATA_DIR="$data" "$JAVA" "${JVM_OPTS[@]}" -XX:AOTCacheOutput="$CACHE.new" -jar "$APP" "${APP_OPTS[@]}" --server.port=0 --spring.profiles.active=dev \
        > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        kill -0 $pid 2>/dev/null || { echo "fast start: the training run stopped; see $log" >&2; exit 1; }
        port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
        [ -n "$port" ] && curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness" && break
        port=""
        sleep 0.5
    done
    [ -n "$port" ] || { kill $pid; echo "fast start: the training run was not ready in 5 minutes; see $log" >&2; exit 1; }
    base="http://localhost:$port"
    curl -fs -o /dev/null "$base/" || true
    visit_as "$base" clinic@demo.ayurlahi.in /clinic/catalog
    visit_as "$base" maker@demo.ayurlahi.in /manufacturer/products
    visit_as "$base" admin@demo.ayurlahi.in /admin/orders
    kill -TERM $pid
    wait $pid || true
    rm -rf "$data"
    [ -s "$CACHE.new" ] || { echo "fast start: the training run left no $CACHE; see $log" >&2; exit 1; }
    mv "$CACHE.new" "$CACHE"
}

build
train
[ "${1:-}" = "--prepare" ] && exit 0
exec "$JAVA" "${JVM_OPTS[@]}" -XX:AOTCache="$CACHE" ${JAVA_OPTS:-} -jar "$APP" "${APP_OPTS[@]}" "$@"
