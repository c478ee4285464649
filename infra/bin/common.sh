# Shared by run.sh, token.sh and the other scripts (sourced, not executed). Bash 3.2+ (macOS) compatible.
# Sets CADRES_ROOT, INFRA_CP and provides find_java, resolve_data_dir, die.

CADRES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INFRA_CP="$CADRES_ROOT/infra/target/infra-0.1.0-SNAPSHOT.jar:$CADRES_ROOT/infra/target/lib/*"
CADRES_MIN_JAVA=25

die() {
    echo "error: $*" >&2
    exit 1
}

# Major version of a java executable ("25" for 25.0.1, "8" for 1.8.0_402); empty if it does not run.
java_major() {
    local version
    version="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')" || return 0
    case "$version" in
        1.*) version="${version#1.}" ;;
    esac
    version="${version%%[!0-9]*}"
    echo "$version"
}

# Prints the first java >= $CADRES_MIN_JAVA: $JAVA_HOME, /usr/lib/jvm, SDKMAN, macOS, then PATH.
find_java() {
    local candidate major
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
    # newest first within each place
    while IFS= read -r candidate; do
        [ -n "$candidate" ] && candidates+=("$candidate")
    done <<EOT
$(ls -d /usr/lib/jvm/*/bin/java \
        "$HOME"/.sdkman/candidates/java/*/bin/java \
        /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | { sort -r -V 2>/dev/null || sort -r; })
EOT
    candidate="$(command -v java 2>/dev/null || true)"
    [ -n "$candidate" ] && candidates+=("$candidate")

    for candidate in ${candidates[@]+"${candidates[@]}"}; do
        [ -x "$candidate" ] || continue
        major="$(java_major "$candidate")"
        if [ -n "$major" ] && [ "$major" -ge "$CADRES_MIN_JAVA" ]; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: no Java $CADRES_MIN_JAVA+ found (looked at \$JAVA_HOME, /usr/lib/jvm, ~/.sdkman," \
        "/Library/Java/JavaVirtualMachines and PATH). Install a JDK $CADRES_MIN_JAVA, e.g. Temurin," \
        "or set JAVA_HOME to one." >&2
    return 1
}

# Absolute data directory: $CADRES_DATA_DIR (relative to the caller's directory) or <repo>/data.
resolve_data_dir() {
    local dir="${CADRES_DATA_DIR:-$CADRES_ROOT/data}"
    mkdir -p "$dir" || die "cannot create data directory $dir"
    (cd "$dir" && pwd)
}

require_infra_build() {
    [ -f "$CADRES_ROOT/infra/target/infra-0.1.0-SNAPSHOT.jar" ] && [ -d "$CADRES_ROOT/infra/target/lib" ] \
        && ls -d "$CADRES_ROOT"/infra/target/keycloak-*/bin >/dev/null 2>&1 \
        || die "infra is not built: run ./run.sh (or mvn -DskipTests install) first"
}
