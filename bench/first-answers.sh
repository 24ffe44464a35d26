#!/usr/bin/env bash
# Time of the first (uncached) answer of the REST list and detail routes that gather the most, on a
# store already built (e.g. bench/work/runs/<run>/10m/ours-tdb2 copied elsewhere: the server writes its
# text index there on first start). Each URL is asked once, so no answer comes from the result cache.
#   bench/first-answers.sh JAR STORE [HEAP] > results.tsv
set -euo pipefail
jar=$1 store=$2 heap=${3:-5120m}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
java -Xmx"$heap" -jar "$jar" --kg.store.path="$store" --server.address=127.0.0.1 --server.port="$port" > "$log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null; wait $server 2> /dev/null; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    kill -0 $server 2> /dev/null || { cat "$log" >&2; exit 1; }
    sleep 2
done
curl -sf "http://127.0.0.1:$port/api/toolkit" > /dev/null # first request of the process, not measured
printf 'url\tstatus\tseconds\n'
for url in "/api/events?year=2019" "/api/events?year=2016" "/api/events?country=KE" "/api/events?country=BR" \
    "/api/organisations?country=FR" "/api/organisations?country=IN" "/api/resolutions?year=2020" "/api/resolutions?year=2012" \
    "/api/resolutions?organisation=aca" "/api/resolutions/WCC-2020-Res-001" "/api/resolutions/WCC-2016-Res-010" \
    "/api/resolutions" "/api/events" "/api/organisations" "/api/search?q=pangolin&kind=report"; do
    curl -s -o /dev/null -w "$url\t%{http_code}\t%{time_total}\n" "http://127.0.0.1:$port$url"
done
