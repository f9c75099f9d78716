# Sourced by the benchmark scripts: sets JAVA to a JDK >= 21 (JAVA if given, else JAVA_HOME, the JDKs under
# /usr/lib/jvm, then the one on PATH) and exits when there is none.
JAVA="${JAVA:-}"
if [ -z "$JAVA" ]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
        if [ -x "$candidate" ] && "$candidate" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then JAVA="$candidate"; break; fi
    done
fi
[ -n "$JAVA" ] || { echo "No JDK >= 21 found; set JAVA=/path/to/java" >&2; exit 1; }
