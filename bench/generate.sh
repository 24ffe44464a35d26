#!/usr/bin/env bash
# Writes a synthetic corpus (report pages and the matching reference tables) without running any benchmark.
# Usage: bench/generate.sh SCALE [SEED] [DIR]   SCALE is 100k, 1m or 10m; SEED defaults to 42, DIR to
# bench/work/data. Same scale and seed, same bytes. The corpus lands in DIR/s{SEED}-{SCALE}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?usage: bench/generate.sh SCALE [SEED] [DIR]}
build=bench/work/builds/generate
bench/build.sh "$build"
exec java -cp "$(cat "$build/classpath")" org.iucnkg.bench.gen.Generate "$scale" "${2:-42}" "${3:-bench/work/data}"
