#!/usr/bin/env bash
# Runs every *Benchmark at full size (the benchmark profile) and prints one table: name, size, median, p95, target.
# Usage: bench/run-benchmarks.sh [extra Maven arguments, e.g. -o or -Dballot.spacing-ms=5]
# Needs a PostgreSQL for the tests as usual (CONGRESS_TEST_DB_URL, or the embedded one).
# Among them (each with its *BenchmarkSmokeTest in the normal suite): AnnualReportBenchmark (congress-web), the
# annual report over every module's volumes.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp -t congress-bench.XXXXXX.log)
./mvnw -B "$@" -Pbenchmark -pl congress-legislation,congress-deputies,congress-oversight,congress-web -am verify \
    -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
status=$?
printf '%-52s %-42s %10s %10s  %s\n' benchmark size 'median ms' 'p95 ms' target
grep -h '^BENCHMARK|' "$log" | awk -F'|' '{ printf "%-52s %-42s %10s %10s  %s\n", $2, $3, $4, $5, $6 }'
if [ "$status" -ne 0 ]; then
    echo "Maven failed (exit $status): a benchmark missed its target or its check; full log in $log" >&2
else
    echo "full log: $log"
fi
exit "$status"
