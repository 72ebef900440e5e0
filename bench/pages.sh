#!/usr/bin/env bash
# Pages under load, as a ratio to the bare Spring page (issue "Every page at the speed of Spring").
#
#   bench/pages.sh [rounds=3] [seconds=15]
#
# Starts the packaged application as the README does (deploy/start-jar.sh: extracted, from its class archive, on the
# newest JDK 25+ it finds or CONGRESS_JAVA; congress-web/target/congress.jar, built if missing) on a fresh database with
# the demo data and the benchmark volumes (100,000 suggestions), starts the Fortunes baseline of
# ../shared/bench/baseline (BASELINE_DIR), logs in, and runs each page against /fortunes-layout with the
# baseline's pair.sh at 32 connections (A B A B …). Before the first pair every page and the bare page get WARM_PASSES
# passes of WARM seconds of load each, so that C2 has compiled what all of them run (on 2 cores a fresh JVM needs
# minutes under load to settle; warming one page at a time measured the first pages half-compiled). Prints a table:
# page, rps, p50, p99, errors, ratio. Drops its database afterwards.
#
# Environment: PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres, a user that may create
# databases), APP_PORT (18080), BASE_PORT (18090), WARM (seconds per page per pass, default 20), WARM_PASSES (default 3),
# PREWARM (pair.sh's seconds per URL right before its rounds, default 15),
# PAGES (space-separated subset of the names below), JAVA_OPTS (for the application), SUGGESTIONS (generated
# suggestions, default 100000; 0 for a quick look at the shell and public pages).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
ROUNDS="${1:-3}"; SECS="${2:-15}"
BASELINE_DIR="${BASELINE_DIR:-$ROOT/../shared/bench/baseline}"
APP_PORT="${APP_PORT:-18080}"; BASE_PORT="${BASE_PORT:-18090}"
export PREWARM="${PREWARM:-15}"
PG_HOST="${PG_HOST:-127.0.0.1}"; PG_PORT="${PG_PORT:-5432}"; PG_USER="${PG_USER:-postgres}"
DB="congress_bench_$(date +%s)"
JAR="$ROOT/congress-web/target/congress.jar"
LOG="$ROOT/congress-web/target/bench-pages-app.log"
[[ -d "$BASELINE_DIR" ]] || { echo "pages.sh: no baseline at $BASELINE_DIR (set BASELINE_DIR)" >&2; exit 2; }
[[ -f "$JAR" ]] || ./mvnw -B -q package -DskipTests

psql() { command psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "create database $DB template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
psql -d postgres -tAc "select 1 from pg_database where datname = 'fortunes'" | grep -q 1 || psql -d postgres -c "create database fortunes"

APP_PID=""; BASE_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [[ -n "$BASE_PID" ]] && "$BASELINE_DIR/run-baseline.sh" stop "$BASE_PID" >/dev/null 2>&1 || true
    psql -d postgres -c "drop database if exists $DB with (force)" || true
}
trap cleanup EXIT

started=$(date +%s%N)
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME="$PG_USER" \
CONGRESS_AUDIT_HMAC_KEY="$(head -c 32 /dev/urandom | base64)" CONGRESS_DATA_KEY="$(head -c 32 /dev/urandom | base64)" \
SPRING_PROFILES_ACTIVE=demo PORT="$APP_PORT" deploy/start-jar.sh "$JAR" \
    --congress.demo.generate-suggestions="${SUGGESTIONS:-100000}" >"$LOG" 2>&1 &
APP_PID=$!
# health is UP before the demo data is in; pages answer 503 until then
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/login"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "pages.sh: the application stopped, see $LOG" >&2; exit 1; }
    sleep 1
done
echo "application ready after $(( ($(date +%s%N) - started) / 1000000 )) ms (incl. demo data and 100,000 suggestions; on $(tr '\0' ' ' </proc/$APP_PID/cmdline | cut -d' ' -f1))"
# What autovacuum does on a production server soon after a bulk load (this machine's server runs with it off):
# without it the visibility map is empty and every index-only count reads the heap.
[[ "$(psql -d "$DB" -tAc 'show autovacuum')" == "on" ]] || psql -d "$DB" -c "vacuum analyze"
BASE_PID="$("$BASELINE_DIR/run-baseline.sh" "$BASE_PORT" "jdbc:postgresql://$PG_HOST:$PG_PORT/fortunes")"

login() {  # prints the session cookie of a logged-in demo user
    local jar; jar="$(mktemp)"
    local csrf
    csrf="$(curl -s -c "$jar" "http://127.0.0.1:$APP_PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=Demo@2026" \
        --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$APP_PORT/login"
    awk '$6 ~ /SESSION/ { print $6 "=" $7 }' "$jar" | tail -1
    rm -f "$jar"
}
STAFF="$(login staff)"; UNIT="$(login unit)"; DEPUTY="$(login deputy)"

A="http://127.0.0.1:$APP_PORT"; B="http://127.0.0.1:$BASE_PORT/fortunes-layout"
# name|cookie|path|target share of the bare page
ALL=(
  "shell|$STAFF|/account/password|0.50"
  "staff-suggestions|$STAFF|/suggestions|0.30"
  "staff-suggestions-filtered|$STAFF|/suggestions?status=ASSIGNED|0.30"
  "unit-suggestions|$UNIT|/suggestions|0.30"
  "deputy-dashboard|$DEPUTY|/|0.30"
  "staff-dashboard|$STAFF|/|0.30"
  "staff-bills|$STAFF|/legislation/bills|0.30"
  "public-regulations-search|| /public/regulations?q=%E7%AE%A1%E7%90%86|0.40"
  "public-suggestions||/public/suggestions|0.40"
)
selected() { [[ -z "${PAGES:-}" || " $PAGES " == *" $1 "* ]]; }
echo "warming every page: ${WARM_PASSES:-3} passes of ${WARM:-20} s each"
for ((pass = 1; pass <= ${WARM_PASSES:-3}; pass++)); do
    wrk -t2 -c32 -d"${WARM:-20}s" "$B" >/dev/null
    for entry in "${ALL[@]}"; do
        IFS='|' read -r name cookie path target <<<"$entry"
        path="${path# }"
        selected "$name" || continue
        header=(); [[ -n "$cookie" ]] && header=(-H "Cookie: $cookie")
        wrk -t2 -c32 -d"${WARM:-20}s" "${header[@]}" "$A$path" >/dev/null
    done
done
printf '\n%-28s %8s %8s %8s %7s %7s %7s\n' page rps p50_ms p99_ms errors ratio target
for entry in "${ALL[@]}"; do
    IFS='|' read -r name cookie path target <<<"$entry"
    path="${path# }"
    selected "$name" || continue
    out="$(WRK_COOKIE="$cookie" "$BASELINE_DIR/pair.sh" "$A$path" "$B" "$ROUNDS" "$SECS" 32 2>&1)" || { echo "$name: failed"; echo "$out" >&2; continue; }
    rps="$(sed -n 's/^median A rps=\([0-9.]*\).*/\1/p' <<<"$out")"
    errors="$(sed -n 's/^median A rps=.* errors=\([0-9]*\)/\1/p' <<<"$out")"
    ratio="$(sed -n 's/^ratio A\/B=\(.*\)/\1/p' <<<"$out")"
    p50="$(grep '^round=.* A ' <<<"$out" | sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
    p99="$(grep '^round=.* A ' <<<"$out" | sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
    printf '%-28s %8s %8s %8s %7s %7s %7s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$ratio" "$target"
done
