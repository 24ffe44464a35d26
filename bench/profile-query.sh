#!/usr/bin/env bash
# Where one query of the mix spends its time in our service: starts the service (result cache off) on a
# copy of a run's store with a JFR recording, asks the query once for each value given, and prints the
# busiest methods (the recording is kept as RUN/SCALE/query-profile.jfr). Usage:
#   bench/profile-query.sh RUN/SCALE QUERY.rq PARAM VALUE...
#   e.g. bench/profile-query.sh bench/work/runs/final4/1m bench/src/main/resources/bench/serve/q15-partners-of-partners.rq \
#          _organisation https://w3id.org/iucn-kg/id/organisation/...
set -euo pipefail
cd "$(dirname "$0")/.."
scale_dir=$1 query=$2 param=$3
shift 3
build=bench/work/builds/$(ls -t bench/work/builds | grep -v -e generate -e smoke | head -1)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$scale_dir/ours-tdb2" "$work/store"
port=$((20000 + RANDOM % 20000))
# the application without the test classes, whose resources would configure it as the tests do
app_classpath=$(sed -E 's#(^|:)[^:]*/test-classes(:|$)#\1#' "$build/classpath")
java -Xmx1400m -XX:+UseParallelGC -XX:StartFlightRecording=settings=profile \
  -cp "$app_classpath" org.iucnkg.Application --kg.store.path="$work/store" --kg.store.bootstrap=false \
  --server.address=127.0.0.1 --server.port=$port --kg.cache.enabled=false >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; do sleep 2; done
for value in "$@"; do
  text=$(sed "s|?$param\b|<$value>|g" "$query")
  curl -s -o /dev/null -w "$value %{http_code} %{time_total} s\n" -H 'Accept: text/csv' \
    --data-urlencode "query=$text" "http://127.0.0.1:$port/sparql"
done
jcmd "$pid" JFR.dump filename="$scale_dir/query-profile.jfr" >/dev/null
java -cp "$(cat "$build/classpath")" org.iucnkg.bench.profile.JfrTop "$scale_dir/query-profile.jfr" "${TOP:-25}" org.apache.jena org.iucnkg
