#!/usr/bin/env bash
# Proves the benchmark harness works, in a few minutes: generates the 100k corpus (unless it exists),
# runs every benchmark once at 100k into bench/work/runs/smoke and checks the report has its tables.
# Changes no file outside bench/work. Timings from this run are not results.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/build.sh
rm -rf bench/work/runs/smoke
java -Xmx1g -cp "$(cat bench/work/build/classpath)" org.iucnkg.bench.Bench run --scales 100k --runs 100k=1 \
    --iterations 100k=1 --before none --run-dir bench/work/runs/smoke --flags "-Xmx6g"
report=bench/work/runs/smoke/report.md
for table in "### Ingest" "### Validation" "### Raw numbers"; do
    grep -q "^$table" "$report" || { echo "smoke: $report lacks '$table'" >&2; exit 1; }
done
grep -q "| ingest | 100k | ours-bulk | rate |" "$report" || { echo "smoke: no ingest rate in $report" >&2; exit 1; }
echo "smoke: the harness works; see $report"
