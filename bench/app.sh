# Sourced by the benchmarks that drive the app with wrk (run.sh, dashboard.sh, orders-side-by-side.sh): wrk installed
# from Debian's packages when missing, and the app started, signed in to and asked for API tokens the same way by each.
# Needs JAVA (bench/jdk.sh) and PostgreSQL on localhost:5432 as postgres.
if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

# Starts a jar in the background on a PostgreSQL database with the benchmarks' settings (the rate limit out of reach,
# readiness probes, templates cached, logging at WARN), BENCH_JAVA_OPTS for its JVM and BENCH_APP_ARGS after the
# given arguments; its process id in BENCH_APP_PID. Call it directly, not in $(…), so that the app is this shell's child.
bench_app_start() { # jar, port, database, log, documents folder, [more arguments for the app]
    local jar=$1 port=$2 db=$3 log=$4 documents=$5
    shift 5
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
        "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --ayurlahi.auth.rate-limit.capacity=1000000 \
        --management.endpoint.health.probes.enabled=true --spring.thymeleaf.cache=true --ayurlahi.storage.root="$documents" \
        --logging.level.root=WARN --logging.level.com.ayurlahi=WARN "$@" ${BENCH_APP_ARGS:-} >> "$log" 2>&1 &
    BENCH_APP_PID=$!
}

# Waits until the app answers ready (the demo data is in); exits the script when it stopped or took over 3 minutes.
bench_app_ready() { # port, process id, log
    local _
    for _ in $(seq 1 180); do
        curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness" && return 0
        kill -0 "$2" 2>/dev/null || { echo "The app did not start; see $3" >&2; exit 1; }
        sleep 1
    done
    echo "The app was not ready after 3 minutes; see $3" >&2
    exit 1
}

bench_token() { # base URL, email: a JWT for the API as this demo user
    curl -s -H 'Content-Type: application/json' -d "{\"email\": \"$2\", \"password\": \"Demo@12345\"}" \
        "$1/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

bench_sign_in() { # base URL, cookie jar, email: a new portal session of this demo user in the cookie jar
    rm -f "$2"
    local csrf
    csrf=$(curl -s -c "$2" -b "$2" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$3" \
        --data-urlencode "password=Demo@12345" --data-urlencode "_csrf=$csrf" "$1/login"
}

bench_session_id() { # cookie jar: the portal session's id in it
    awk '$6 == "JSESSIONID" {print $7}' "$1"
}
