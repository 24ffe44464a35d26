#!/usr/bin/env bash
# Runs every benchmark at 100k, 1m and 10m triples and writes the results into docs/benchmarks.md.
# Takes hours at 10m; an interrupted run resumes where it stopped (same --run-dir). Options: see
# bench/README.md (e.g. --scales 100k,1m to leave out 10m).
set -euo pipefail
cd "$(dirname "$0")/.."
df -h bench/work 2>/dev/null | tail -1 || true
build=bench/work/builds/$(date +%Y%m%d-%H%M%S)
bench/build.sh "$build"
exec java -Xmx1g -cp "$(cat "$build/classpath")" org.iucnkg.bench.Bench run --report docs/benchmarks.md "$@"
