#!/usr/bin/env bash
# Runs every benchmark at 100k, 1m and 10m triples and writes the results into docs/benchmarks.md.
# Takes hours at 10m; an interrupted run resumes where it stopped (same --run-dir). Options: see
# bench/README.md (e.g. --scales 100k,1m to leave out 10m).
set -euo pipefail
cd "$(dirname "$0")/.."
df -h bench/work 2>/dev/null | tail -1 || true
bench/build.sh
exec java -Xmx1g -cp "$(cat bench/work/build/classpath)" org.iucnkg.bench.Bench run --report docs/benchmarks.md "$@"
