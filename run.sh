#!/usr/bin/env bash
# Runs the whole system locally on embedded defaults: Keycloak (sign-in), a MongoDB-wire server, a
# Kafka broker, the four services and the web application, all on 127.0.0.1. Ctrl-C stops everything.
#
#   ./run.sh               build (mvn install, no tests), then run
#   ./run.sh --no-build    run what is already built
#
# Environment (all optional):
#   CADRES_DATA_DIR          data, keys, logs and pids (default ./data)
#   MONGODB_URI              use this MongoDB instead of starting the embedded one
#   MONGO_PORT               embedded MongoDB-wire server port (default 27027)
#   KAFKA_BOOTSTRAP_SERVERS  use this Kafka instead of starting the embedded broker
#   KAFKA_PORT               embedded broker port (default 9192); KAFKA_CONTROLLER_PORT (9193)
#   CADRES_ISSUER_URI        use this OpenID Connect provider instead of starting the local Keycloak
#   KEYCLOAK_PORT            local Keycloak port (default 8180); its data is in DATA_DIR/keycloak
#   CADRES_WEB_URL           the web application, for the realm's redirect URIs (http://127.0.0.1:8080)
#   CADRES_DEMO_PASSWORD     the demo users' password, at the realm's first import (LuanChuyen2026)
#   SERVICE_JAVA_OPTS        JVM options of the services
#   INFRA_JAVA_OPTS          JVM options of the Kafka broker and the MongoDB-wire server
#   CADRES_DEMO              true (default): load the demo dataset through the APIs on first start
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra/bin/common.sh"

BUILD=true
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=false ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$arg' (try --help)" ;;
    esac
done

JAVA="$(find_java)" || exit 1
DATA="$(resolve_data_dir)"
export CADRES_DATA_DIR="$DATA"
LOGS="$DATA/logs"
PIDS="$DATA/pids"
mkdir -p "$LOGS" "$PIDS"
command -v curl >/dev/null || die "curl is needed to check the services' health"
cd "$CADRES_ROOT"

MONGO_PORT="${MONGO_PORT:-27027}"
KAFKA_PORT="${KAFKA_PORT:-9192}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9193}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export CADRES_WEB_URL="${CADRES_WEB_URL:-http://127.0.0.1:8080}"
export CADRES_DEMO_PASSWORD="${CADRES_DEMO_PASSWORD:-LuanChuyen2026}"
# Keycloak's bootstrap administrator (master realm, admin console): local only.
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}"
READY_TIMEOUT=60
# Keycloak's first start after a build also builds its distribution (kc.sh build) and imports the
# realm: ~3 minutes on a busy 2-core machine; later starts ~1 minute.
KEYCLOAK_READY_TIMEOUT=600
# A loaded 2-core machine (a build beside it) has taken over two minutes to start the services.
HEALTH_TIMEOUT=300
STOP_TIMEOUT=20
MAX_RESTARTS=3
# ParallelGC: at 200 commands/s on 2 cores it halved the p50 from command to read model and cut the
# p99 by a third against SerialGC (whose young pauses reached ~80 ms); G1 was no better and doubled
# cadre-service's memory (bench.sh, 2026-11-22).
# A service that runs out of memory exits (and is started again below) instead of going on with some
# of its threads dead.
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xmx384m -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Daxoniq.update-checker.disabled=true}"
# G1 with a 50 ms pause goal for the broker and the wire server: under 200 commands/s the wire server's
# old generation fills with H2 pages its cache let go of, and SerialGC then stopped it for 420 ms every
# two minutes, which every command in flight waited for (GC logs, 2026-12-02); with G1 no pause reached
# 100 ms, at the same CPU.
INFRA_JAVA_OPTS="${INFRA_JAVA_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=50 --sun-misc-unsafe-memory-access=allow}"
# The web application is started, watched and restarted like the four services it calls.
SERVICES="cadre-service:8081 rotation-service:8082 evaluation-service:8083 reporting-service:8084 web:8080"

# --- process bookkeeping -------------------------------------------------------------------------
# $PIDS/NAME.pid holds the pid of a process started here; NAME is also a word of its command line,
# which keeps a stale pid file from ever stopping an unrelated process that reused the pid.
STARTED=""   # names in start order

is_ours() { # NAME PID
    local args
    args="$(ps -o args= -p "$2" 2>/dev/null)" || return 1
    case "$args" in
        *java*"$1"*) return 0 ;;
        *) return 1 ;;
    esac
}

pid_alive() { kill -0 "$1" 2>/dev/null; }

stop_group() { # NAMES...: TERM all of them, wait up to STOP_TIMEOUT s, then KILL what is left
    local name file pid pids="" waited=0
    for name in "$@"; do
        file="$PIDS/$name.pid"
        [ -f "$file" ] || continue
        pid="$(cat "$file" 2>/dev/null || true)"
        if [ -n "$pid" ] && is_ours "$name" "$pid"; then
            echo "Stopping $name (pid $pid)"
            kill -TERM "$pid" 2>/dev/null || true
            pids="$pids $pid"
        fi
        rm -f "$file"
    done
    [ -n "$pids" ] || return 0
    while [ "$waited" -lt $((STOP_TIMEOUT * 10)) ]; do
        local alive=""
        for pid in $pids; do pid_alive "$pid" && alive="$alive $pid"; done
        pids="$alive"
        [ -n "$pids" ] || return 0
        sleep 0.1
        waited=$((waited + 1))
    done
    for pid in $pids; do
        echo "  pid $pid did not stop within ${STOP_TIMEOUT}s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
    done
}

# Services first (together), then Kafka, then MongoDB, then Keycloak.
stop_all() { # NAMES...
    local name services=""
    for name in "$@"; do
        case "$name" in kafka|mongo|keycloak) ;; *) services="$services $name" ;; esac
    done
    # shellcheck disable=SC2086
    [ -z "$services" ] || stop_group $services
    for name in kafka mongo keycloak; do
        case " $* " in *" $name "*) stop_group "$name" ;; esac
    done
}

stop_stale() {
    local file names=""
    for file in "$PIDS"/*.pid; do
        [ -f "$file" ] || continue
        names="$names $(basename "$file" .pid)"
    done
    if [ -n "$names" ]; then
        echo "Cleaning up after a previous run:$names"
        # shellcheck disable=SC2086
        stop_all $names
    fi
}

CLEANED=false
cleanup() {
    local rc=$?
    trap '' INT TERM HUP
    if [ "$CLEANED" = false ]; then
        CLEANED=true
        if [ -n "$STARTED" ]; then
            echo
            # shellcheck disable=SC2086
            stop_all $STARTED
            echo "Stopped."
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

port_busy() { # PORT
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() { # NAME LOGFILE COMMAND...: in the background; non-interactive bash makes it ignore Ctrl-C,
          # so only this script's trap decides the order of the shutdown.
    local name="$1" log="$2"
    shift 2
    [ -f "$log" ] && mv -f "$log" "$log.1"   # keep the previous run's log
    echo "--- $(date '+%Y-%m-%dT%H:%M:%S') starting $name: $*" >"$log"
    "$@" >>"$log" 2>&1 </dev/null &
    echo $! >"$PIDS/$name.pid"
    case " $STARTED " in *" $name "*) ;; *) STARTED="$STARTED $name" ;; esac
}

pid_of() { cat "$PIDS/$1.pid"; }

fail_with_log() { # NAME MESSAGE
    echo "error: $2" >&2
    echo "--- last lines of $LOGS/$1.log:" >&2
    tail -n 40 "$LOGS/$1.log" >&2 || true
    exit 1
}

wait_for_line() { # NAME TEXT [TIMEOUT]
    local name="$1" text="$2" log="$LOGS/$1.log" timeout="${3:-$READY_TIMEOUT}" pid start=$SECONDS
    pid="$(pid_of "$name")"
    until grep -q -- "$text" "$log"; do
        kill -0 "$pid" 2>/dev/null || fail_with_log "$name" "$name exited during start-up"
        [ $((SECONDS - start)) -lt "$timeout" ] \
            || fail_with_log "$name" "$name not ready within ${timeout}s"
        sleep 0.2
    done
    echo "$name ready ($((SECONDS - start))s)"
}

wait_for_health() { # NAME PORT
    local name="$1" port="$2" pid start=$SECONDS
    pid="$(pid_of "$name")"
    until curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null \
            | grep -q '"status" *: *"UP"'; do
        kill -0 "$pid" 2>/dev/null || fail_with_log "$name" "$name exited during start-up"
        [ $((SECONDS - start)) -lt "$HEALTH_TIMEOUT" ] \
            || fail_with_log "$name" "$name not healthy within ${HEALTH_TIMEOUT}s"
        sleep 1
    done
    echo "$name up ($((SECONDS - start))s)"
}

# --- go --------------------------------------------------------------------------------------------
stop_stale
echo "Java: $JAVA (Java $(java_major "$JAVA"))"
echo "Data: $DATA"

if [ "$BUILD" = true ]; then
    if [ -x ./mvnw ]; then MVN=./mvnw; else MVN=mvn; fi
    command -v "$MVN" >/dev/null || die "Maven (mvn) is needed to build (or run with --no-build)"
    # Maven itself may run on any JDK (the build picks JDK 25 through toolchains); give it ours if
    # there is no other.
    if [ -z "${JAVA_HOME:-}" ] && ! command -v java >/dev/null; then
        export JAVA_HOME="$(cd "$(dirname "$JAVA")/.." && pwd)"
    fi
    echo "Building ($MVN -q -B -DskipTests install)..."
    "$MVN" -q -B -DskipTests install || die "build failed"
fi
require_infra_build
for entry in $SERVICES; do
    jar="$CADRES_ROOT/${entry%%:*}/target/${entry%%:*}-0.1.0-SNAPSHOT-exec.jar"
    [ -f "$jar" ] || die "$jar is missing: build first (./run.sh without --no-build)"
done

[ -f "$CADRES_ROOT/tools/target/tools-0.1.0-SNAPSHOT.jar" ] \
    || die "tools/target/tools-0.1.0-SNAPSHOT.jar is missing: build first (./run.sh without --no-build)"

# All ports first, so nothing starts when one is taken.
if [ -z "${CADRES_ISSUER_URI:-}" ]; then
    port_busy "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT (KEYCLOAK_PORT) is in use: stop what runs there or set KEYCLOAK_PORT"
fi
if [ -z "${MONGODB_URI:-}" ]; then
    port_busy "$MONGO_PORT" && die "port $MONGO_PORT (MONGO_PORT) is in use: stop what runs there or set MONGO_PORT"
fi
if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
    for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
        port_busy "$p" && die "port $p (KAFKA_PORT / KAFKA_CONTROLLER_PORT) is in use: stop what runs there"
    done
fi
for entry in $SERVICES; do
    port_busy "${entry##*:}" && die "port ${entry##*:} (${entry%%:*}) is in use: is another copy running?"
done

# Keycloak first: it takes longest. The services check its tokens' issuer, signature, expiry and
# audience (CADRES_ISSUER_URI); they fetch its keys on the first request, so it must be up before them.
if [ -z "${CADRES_ISSUER_URI:-}" ]; then
    start keycloak "$LOGS/keycloak.log" "$JAVA" -Xmx64m -cp "$INFRA_CP" \
        vn.cadres.infra.KeycloakServer --data-dir "$DATA/keycloak" --port "$KEYCLOAK_PORT"
    export CADRES_ISSUER_URI="http://127.0.0.1:$KEYCLOAK_PORT/realms/cadres"
    EMBEDDED_KEYCLOAK=true
else
    EMBEDDED_KEYCLOAK=false
fi
if [ -z "${MONGODB_URI:-}" ]; then
    # 2 GiB: at a million events, 512 MiB spent most of its time in full collections
    start mongo "$LOGS/mongo.log" "$JAVA" -Xmx2g $INFRA_JAVA_OPTS -cp "$INFRA_CP" \
        vn.cadres.infra.MongoServer --data-dir "$DATA/mongo" --port "$MONGO_PORT"
    export MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT"
    EMBEDDED_MONGO=true
else
    EMBEDDED_MONGO=false
fi
if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
    start kafka "$LOGS/kafka.log" "$JAVA" -Xmx512m $INFRA_JAVA_OPTS -cp "$INFRA_CP" \
        vn.cadres.infra.KafkaBroker --data-dir "$DATA/kafka" --port "$KAFKA_PORT" \
        --controller-port "$KAFKA_CONTROLLER_PORT"
    export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    EMBEDDED_KAFKA=true
else
    EMBEDDED_KAFKA=false
fi
[ "$EMBEDDED_MONGO" = true ] && wait_for_line mongo "MongoDB-wire server ready on"
[ "$EMBEDDED_KAFKA" = true ] && wait_for_line kafka "Kafka ready on"
[ "$EMBEDDED_KEYCLOAK" = true ] && wait_for_line keycloak "Keycloak ready on" "$KEYCLOAK_READY_TIMEOUT"

export AXONIQ_UPDATE_CHECKER_DISABLED=true
port_of() { local entry; for entry in $SERVICES; do [ "${entry%%:*}" = "$1" ] && echo "${entry##*:}"; done; return 0; }
start_service() { # NAME PORT
    # shellcheck disable=SC2086
    SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$2" start "$1" "$LOGS/$1.log" "$JAVA" $SERVICE_JAVA_OPTS \
        -jar "$CADRES_ROOT/$1/target/$1-0.1.0-SNAPSHOT-exec.jar"
}
for entry in $SERVICES; do
    start_service "${entry%%:*}" "${entry##*:}"
done
for entry in $SERVICES; do
    wait_for_health "${entry%%:*}" "${entry##*:}"
done

# The demo dataset (Lạng Sơn, Hà Nội, Điện Biên), entered through the public APIs like an office
# would, signed in as each province's demo office user; a province already loaded is left alone, so a
# restart changes nothing. Another provider has no demo users: the dataset needs the local Keycloak.
if [ "${CADRES_DEMO:-true}" = true ] && [ "$EMBEDDED_KEYCLOAK" = false ]; then
    echo "No demo dataset: it signs in as the local Keycloak's demo users, and CADRES_ISSUER_URI names another provider."
elif [ "${CADRES_DEMO:-true}" = true ]; then
    echo "Loading the demo dataset through the APIs (CADRES_DEMO=false to skip)..."
    "$JAVA" -cp "$CADRES_ROOT/tools/target/tools-0.1.0-SNAPSHOT.jar:$CADRES_ROOT/tools/target/lib/*" \
        vn.cadres.tools.demo.DemoData --issuer "$CADRES_ISSUER_URI" \
        --cadres "http://127.0.0.1:$(port_of cadre-service)" \
        --rotations "http://127.0.0.1:$(port_of rotation-service)" \
        --evaluations "http://127.0.0.1:$(port_of evaluation-service)" 2>"$LOGS/demo.log" \
        || echo "The demo dataset could not be loaded (see $LOGS/demo.log); the system runs without it."
fi

cat <<INFO

Cadre rotation is running. Ctrl-C stops everything.
  cadre-service       http://127.0.0.1:8081
  rotation-service    http://127.0.0.1:8082
  evaluation-service  http://127.0.0.1:8083
  reporting-service   http://127.0.0.1:8084
  web application     $CADRES_WEB_URL   (sign in here)
  health              http://127.0.0.1:PORT/actuator/health
  MongoDB             $MONGODB_URI$([ "$EMBEDDED_MONGO" = true ] && echo "   (embedded, $DATA/mongo)")
  Kafka               $KAFKA_BOOTSTRAP_SERVERS$([ "$EMBEDDED_KAFKA" = true ] && echo "   (embedded, $DATA/kafka)")
  sign-in (OIDC)      $CADRES_ISSUER_URI$([ "$EMBEDDED_KEYCLOAK" = true ] && echo "   (Keycloak, $DATA/keycloak)")
  logs                $LOGS/
INFO
if [ "$EMBEDDED_KEYCLOAK" = true ]; then
    cat <<INFO

Sign in at the web application, $CADRES_WEB_URL, as one of the demo users
(local realm only; every password: $CADRES_DEMO_PASSWORD):
  office.ls        Hoàng Văn Minh    OFFICE, Lạng Sơn
  office.hn        Nguyễn Thị Lan    OFFICE, Hà Nội
  office.db        Lò Văn Thắng      OFFICE, Điện Biên
  officeadmin.hn   Trần Quốc Hùng    OFFICE, Hà Nội
  auditor          Phạm Thu Hà       AUDITOR
  viewer           Vũ Đức Thành      VIEWER (Standing Committee)
  admin            Đặng Minh Tuấn    ADMIN (operations)
Keycloak's admin console: http://127.0.0.1:$KEYCLOAK_PORT/admin ($KC_BOOTSTRAP_ADMIN_USERNAME / $KC_BOOTSTRAP_ADMIN_PASSWORD)

Get a token (role, province) for scripts, then call a service with it:
  ./token.sh OFFICE HN
  curl -H "Authorization: Bearer \$(./token.sh OFFICE HN)" http://127.0.0.1:8081/...
INFO
fi

# Foreground until Ctrl-C. A service that dies on its own (one that runs out of memory exits rather
# than go on half-working) is started again, as a supervisor would: it resumes from the positions it
# stored, so nothing is lost or applied twice. After $MAX_RESTARTS restarts of one service, or if the
# MongoDB-wire server or Kafka dies, say so and stop the rest.
declare -A RESTARTS=()
while true; do
    for name in $STARTED; do
        pid_alive "$(pid_of "$name")" && continue
        port="$(port_of "$name")"
        if [ -z "$port" ] || [ "${RESTARTS[$name]:-0}" -ge "$MAX_RESTARTS" ]; then
            fail_with_log "$name" "$name stopped unexpectedly"
        fi
        RESTARTS[$name]=$(( ${RESTARTS[$name]:-0} + 1 ))
        echo "$(date '+%H:%M:%S') $name stopped unexpectedly (log: $LOGS/$name.log.1); starting it again"
        start_service "$name" "$port"
    done
    sleep 2 &
    wait $! || true
done
