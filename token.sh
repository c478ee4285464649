#!/usr/bin/env bash
# Prints an access token of the local Keycloak (started by run.sh) for scripts, e.g.  ./token.sh OFFICE HN
#   curl -H "Authorization: Bearer $(./token.sh OFFICE HN)" http://127.0.0.1:8081/...
# ROLE is OFFICE, AUDITOR, VIEWER or ADMIN; OFFICE needs a PROVINCE (LS, HN, DB: the demo offices).
# It signs in as the matching demo user (office.hn, auditor, viewer, admin) with a password grant
# through the client cadres-cli, which exists in the local realm only: against another provider, get
# tokens the way that provider says.
# Environment: KEYCLOAK_PORT (8180), CADRES_DEMO_PASSWORD (the demo users' password, as run.sh printed
# it), CADRES_TOKEN_USER (sign in as this user instead of the demo user of ROLE).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"

usage() { die "usage: ./token.sh ROLE [PROVINCE]   (ROLE: OFFICE, AUDITOR, VIEWER, ADMIN; OFFICE needs a PROVINCE)"; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
role="$(echo "$1" | tr '[:upper:]' '[:lower:]')"
province="$(echo "${2:-}" | tr '[:upper:]' '[:lower:]')"
case "$role" in
    office) [ -n "$province" ] || die "an OFFICE token needs a PROVINCE (LS, HN, DB)"; user="office.$province" ;;
    auditor|viewer|admin) [ -z "$province" ] || die "only OFFICE tokens name a province"; user="$role" ;;
    *) usage ;;
esac
user="${CADRES_TOKEN_USER:-$user}"
command -v curl >/dev/null || die "curl is needed"

issuer="http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/cadres"
response="$(curl -sS --max-time 30 -w '\n%{http_code}' "$issuer/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=cadres-cli \
    --data-urlencode "username=$user" --data-urlencode "password=${CADRES_DEMO_PASSWORD:-LuanChuyen2026}")" \
    || die "Keycloak does not answer at $issuer: is ./run.sh running?"
status="${response##*$'\n'}"
body="${response%$'\n'*}"
token="$(printf '%s' "$body" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
[ "$status" = 200 ] && [ -n "$token" ] || die "Keycloak refused a token for $user ($status): $body"
echo "$token"
