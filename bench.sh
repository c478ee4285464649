#!/usr/bin/env bash
# Prints the performance figures of the running system (a benchmark, not a test):
#   - resident memory of each process at idle (Kafka, MongoDB-wire server, the four services)
#   - end-to-end latency p50/p99 from an HTTP command to the reporting read model at 200 commands/s,
#     measured for two minutes after two minutes at the same rate (seven JVMs warming up on two
#     cores; the p99 of every five seconds shows how long that takes)
#   - events appended per second and publication throughput to Kafka with 10 thousand and with
#     1 million events already stored (BENCH_EVENTS to change the large size)
#   - auditors: exporting a store of BENCH_EVENTS as NDJSON (time, peak heap in a 256 MiB JVM),
#     verifying every hash chain, rebuilding a cadre of 1,000 events as of a date
#   - replaying every read model of reporting-service from BENCH_EVENTS events on the topics
#   - the web application's pages, p50/p95 of each as an office of Lạng Sơn with the demo dataset
# It starts the whole system with run.sh in a throwaway data directory on the usual ports, so stop
# a running ./run.sh first.
#
#   ./bench.sh               build, then measure
#   ./bench.sh --no-build    measure what is built
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"
cd "$CADRES_ROOT"

JAVA="$(find_java)" || exit 1
if [ "${1:-}" != "--no-build" ]; then
    echo "Building (mvn -q -B -DskipTests install)..."
    mvn -q -B -DskipTests install
fi
CLASSPATH_FILE="$(mktemp)"
mvn -q -B -pl system-tests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
BENCH_CP="system-tests/target/test-classes:$(cat "$CLASSPATH_FILE")"
rm -f "$CLASSPATH_FILE"

DATA="$(mktemp -d "${TMPDIR:-/tmp}/cadres-bench.XXXXXX")"
export CADRES_DATA_DIR="$DATA"
# The demo dataset (about 1,200 API calls) is there for the pages' figures.
export CADRES_DEMO=true
./run.sh --no-build >"$DATA/run.out" 2>&1 &
RUN_PID=$!
finish() {
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
    rm -rf "$DATA"
}
trap finish EXIT

echo "Starting the system (run.sh, data in $DATA)..."
for _ in $(seq 1 600); do
    grep -q "Cadre rotation is running" "$DATA/run.out" && break
    kill -0 "$RUN_PID" 2>/dev/null || { cat "$DATA/run.out"; die "run.sh stopped"; }
    sleep 1
done
grep -q "Cadre rotation is running" "$DATA/run.out" || { cat "$DATA/run.out"; die "the system did not start"; }

echo
echo "== Resident memory at idle (after 20 s) =="
sleep 20
for pid_file in "$DATA"/pids/*.pid; do
    name="$(basename "$pid_file" .pid)"
    rss_kib="$(ps -o rss= -p "$(cat "$pid_file")" | tr -d ' ')"
    printf '%-22s %6d MiB\n' "$name" "$((rss_kib / 1024))"
done

echo
echo "== Pages of the web application (signed in through Keycloak; goal p95 under 300 ms) =="
"$JAVA" -Xmx256m -cp "$BENCH_CP" vn.cadres.system.bench.PagesBenchmark http://127.0.0.1:8080 office.ls \
    "${CADRES_DEMO_PASSWORD:-LuanChuyen2026}" LS 40

echo
echo "== End-to-end latency (cadre-service -> Kafka -> reporting-service read model) =="
TOKEN="$(./token.sh OFFICE HN)"
"$JAVA" -Xmx256m -cp "$BENCH_CP" vn.cadres.system.bench.LatencyBenchmark \
    http://127.0.0.1:8081 "$TOKEN" mongodb://127.0.0.1:27027 reporting-service 200 120 120

echo
echo "== Event store and publication (MongoDB-wire server with its H2 file, Kafka broker) =="
"$JAVA" -Xmx1g -cp "$BENCH_CP" vn.cadres.system.bench.StorePublicationBenchmark \
    mongodb://127.0.0.1:27027 127.0.0.1:9192 "${BENCH_EVENTS:-1000000}"

echo
echo "== Auditors: NDJSON export, chain verification, one cadre of 1,000 events as of a date =="
"$JAVA" -Xmx256m -cp "$BENCH_CP" vn.cadres.system.bench.HistoryBenchmark \
    mongodb://127.0.0.1:27027 "${BENCH_EVENTS:-1000000}"

echo
echo "== Replay: reporting-service's read models rebuilt from the topics =="
"$JAVA" -Xmx512m -cp "$BENCH_CP" vn.cadres.system.bench.ReplayBenchmark \
    http://127.0.0.1:8084 "$(./token.sh ADMIN)" 127.0.0.1:9192 mongodb://127.0.0.1:27027 "${BENCH_EVENTS:-1000000}"
