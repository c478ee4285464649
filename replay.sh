#!/usr/bin/env bash
# Rebuilds read models of a running service from the first event of their topics, while readers keep
# the previous version, and prints the progress until it switches over:
#   ./replay.sh reporting-service reports
# (GET http://127.0.0.1:PORT/api/admin/processors lists a service's processors; reporting-service's
# one processor, reports, runs all four read models, which are rebuilt together.) Uses an ADMIN token
# from the local Keycloak (token.sh).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"

[ $# -ge 2 ] || die "usage: ./replay.sh SERVICE PROCESSOR [PROCESSOR ...]"
service="$1"; shift
case "$service" in
    cadre-service) port=8081 ;; rotation-service) port=8082 ;;
    evaluation-service) port=8083 ;; reporting-service) port=8084 ;;
    *) die "unknown service '$service'" ;;
esac
token="$("$CADRES_ROOT/token.sh" ADMIN)"
for processor in "$@"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/admin/processors/$processor/replay")"
    [ "$status" = 202 ] || die "replay of $processor: HTTP $status"
    echo "rebuilding $processor of $service from the first event"
done
while true; do
    progress="$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/replays")"
    [ "$progress" = "[]" ] && { echo "done: readers are served the rebuilt read models"; exit 0; }
    echo "$progress"
    sleep 2
done
