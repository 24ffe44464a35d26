#!/usr/bin/env bash
# Proves the benchmark harness works, in a few minutes: the generator gives the same bytes for the same
# seed, every benchmark runs once at 100k into bench/work/runs/smoke (the serving one with two query
# mixes per system), the ingest refuses exactly the documents the generator broke, every server answered
# and the report has its tables. Changes no file outside bench/work.
# Timings from this run are not results.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/build.sh bench/work/builds/smoke
cp="$(cat bench/work/builds/smoke/classpath)"

twice=bench/work/tmp/smoke-generator
rm -rf "$twice" && mkdir -p "$twice"
java -cp "$cp" org.iucnkg.bench.gen.Generate 100k 7 "$twice/a" > /dev/null
java -cp "$cp" org.iucnkg.bench.gen.Generate 100k 7 "$twice/b" > /dev/null
diff -r "$twice/a" "$twice/b" > /dev/null || { echo "smoke: the generator is not deterministic" >&2; exit 1; }
rm -rf "$twice"
rm -rf bench/work/runs/smoke
java -Xmx1g -cp "$cp" org.iucnkg.bench.Bench run --scales 100k --runs 100k=1 \
    --iterations 100k=1 --before none --mixes 100k=2 --mix-seconds 100k=10 --run-dir bench/work/runs/smoke --flags "-Xmx6g"
report=bench/work/runs/smoke/report.md
for table in "### Ingest" "### Validation" "### Serving SPARQL" "### SPARQL per query at 100k" "### Do the systems agree" \
    "### REST routes" "### Start-up and memory" "### Raw numbers"; do
    grep -q "^$table" "$report" || { echo "smoke: $report lacks '$table'" >&2; exit 1; }
done
grep -q "| ingest | 100k | ours-bulk | rate |" "$report" || { echo "smoke: no ingest rate in $report" >&2; exit 1; }
serve=bench/work/runs/smoke/100k/results-serve.tsv
systems="ours fuseki"
command -v virtuoso-t > /dev/null && systems="$systems virtuoso"
for system in $systems; do
    grep -qP "^sparql\t100k\t$system\tqmph\t2\t" "$serve" || { echo "smoke: no SPARQL mixes per hour of $system in $serve" >&2; exit 1; }
done
! grep -P "^server\t100k\t[^\t]+\tfailed\t" "$serve" >&2 || { echo "smoke: a server failed (above)" >&2; exit 1; }
grep -qP "^sparql\t100k\tours\terrors\t1\t0\.0+\t" "$serve" || { echo "smoke: our /sparql failed requests: see $serve" >&2; exit 1; }
grep -qP "^rest\t100k\tours\terrors\t1\t0\.0+\t" "$serve" || { echo "smoke: our REST routes failed requests: see $serve" >&2; exit 1; }
manifest=bench/work/data/s42-100k/manifest.properties
broken=$(( $(grep -E '^kind\.(broken|not-a-report)=' "$manifest" | cut -d= -f2 | paste -sd+) ))
refused=$(grep -P '^ingest\t100k\tours-bulk\trefused\t' bench/work/runs/smoke/100k/results-ingest.tsv | cut -f6 | cut -d. -f1)
[ "$refused" = "$broken" ] || { echo "smoke: $refused documents refused, the generator broke $broken" >&2; exit 1; }
echo "smoke: the harness works; see $report"
