#!/usr/bin/env bash
# Where a page's CPU goes under load: async-profiler samples a running application while wrk loads one page.
#
#   bench/profile/profile.sh PID URL [seconds=20] [out=target/profile] [cookie]
#
# PID is the application's JVM (e.g. the jar bench/pages.sh or deploy/start-jar.sh started), URL the page, cookie a
# logged-in session (name=value) for pages behind the login. Fetches async-profiler from Maven Central once
# (tools.profiler:async-profiler, into ~/.m2), warms the page for 5 s, samples CPU time (itimer: works without
# perf_events permissions) for the given seconds at 32 connections, and writes OUT.collapsed (one stack per line, as
# flame graph tools read it) and OUT.txt (the methods with the largest self and inclusive share of samples).
set -euo pipefail
cd "$(dirname "$0")/../.."
PID="$1"; URL="$2"; SECS="${3:-20}"; OUT="${4:-target/profile}"; COOKIE="${5:-}"
VERSION=4.1
JAR="$HOME/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar"
[[ -f "$JAR" ]] || ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$VERSION" -Dtransitive=false
LIBDIR="$(dirname "$OUT")/async-profiler-$VERSION"
mkdir -p "$LIBDIR"
[[ -f "$LIBDIR/linux-x64/libasyncProfiler.so" ]] || (cd "$LIBDIR" && unzip -q -o "$JAR" 'linux-*/*')
ARCH=$([[ "$(uname -m)" == "aarch64" ]] && echo linux-arm64 || echo linux-x64)
LIB="$(cd "$LIBDIR" && pwd)/$ARCH/libasyncProfiler.so"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
HEADER=(); [[ -n "$COOKIE" ]] && HEADER=(-H "Cookie: $COOKIE")
wrk -t2 -c32 -d5s "${HEADER[@]}" "$URL" >/dev/null
java bench/profile/Attach.java "$PID" "$LIB" "start,event=itimer,interval=1ms"
wrk -t2 -c32 -d"${SECS}s" "${HEADER[@]}" "$URL" | grep -E "Requests/sec|Non-2xx" || true
java bench/profile/Attach.java "$PID" "$LIB" "stop,file=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT").collapsed,collapsed"
python3 bench/profile/shares.py "$OUT.collapsed" > "$OUT.txt"
echo "stacks: $OUT.collapsed, shares: $OUT.txt"
