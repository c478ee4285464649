#!/usr/bin/env bash
# Auditors' checks, run without the services:
#   ./audit.sh verify-bundle FILE [KEY_SHA256]   verify a bundle from GET /api/history/export offline;
#                                                KEY_SHA256 from GET /api/history/export/key
#   ./audit.sh verify-store SERVICE              recompute every hash chain of a service's store
#                                                (cadre-service, rotation-service, evaluation-service)
# Exits 0 when intact, 1 when something was altered (the first problem is printed), 2 on bad usage.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"

JAVA="$(find_java)" || exit 1
jar="$CADRES_ROOT/cadre-service/target/cadre-service-0.1.0-SNAPSHOT-exec.jar"
[ -f "$jar" ] || die "$jar is missing: build first (./run.sh, or mvn -DskipTests install)"
audit() {
    "$JAVA" -Dloader.main=vn.cadres.platform.history.AuditCommand -cp "$jar" \
        org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
case "${1:-}" in
    verify-store)
        [ $# -eq 2 ] || die "usage: ./audit.sh verify-store SERVICE"
        audit verify-store "${MONGODB_URI:-mongodb://127.0.0.1:27027}" "$2" ;;
    *)
        audit "$@" ;;
esac
