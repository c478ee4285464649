#!/usr/bin/env bash
# Mints a JWT for calling the services locally, e.g.  ./token.sh OFFICE HN
#   curl -H "Authorization: Bearer $(./token.sh OFFICE HN)" http://127.0.0.1:8081/...
# Uses the signing keys run.sh created in ${CADRES_DATA_DIR:-./data}.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"

JAVA="$(find_java)" || exit 1
DATA="$(resolve_data_dir)"
run_tokens mint --data-dir "$DATA" "$@"
