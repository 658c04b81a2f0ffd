# shellcheck shell=bash
#
# local/services.sh: the five services, built when their jars are stale and started from
# <service>/target/quarkus-app with the local secrets and their Kafka users; sourced by ./stack.

# "module port" pairs. The ports are the services' own defaults: ./stack does not pass them.
SERVICES=(
  "catalog-service 8081"
  "order-service 8082"
  "entitlement-service 8083"
  "audit-service 8084"
  "billing-service 8085"
)

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# True when the service jar is missing or anything it is built from changed after it.
service_needs_build() {
  local svc="$1" jar source
  jar="$(service_jar "$svc")"
  [ -f "$jar" ] || return 0
  for source in "$ROOT/pom.xml" "$ROOT/$svc" "$ROOT/event-contracts" "$ROOT/service-kit"; do
    [ -e "$source" ] || continue
    if [ -n "$(find "$source" -path '*/target' -prune -o -newer "$jar" -type f -print -quit)" ]; then
      return 0
    fi
  done
  return 1
}

build_services_if_needed() {
  local entry svc port needed=no
  for entry in "${SERVICES[@]}"; do
    read -r svc port <<<"$entry"
    [ -d "$ROOT/$svc" ] || continue
    if service_needs_build "$svc"; then
      needed=yes
    fi
  done
  if [ "$needed" = "yes" ]; then
    say "building the services (./mvnw -B -q -DskipTests install)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests install)
  fi
}

# start_service SERVICE PORT [record]: with "record", a service without a current class-data archive records one.
start_service() {
  local svc="$1" port="$2" record="${3:-}"
  if [ -n "$(running_pid "$svc")" ] && port_open "$port"; then
    say "$svc already running (pid $(running_pid "$svc"))"
    return 0
  fi
  [ -n "$(running_pid "$svc")" ] && return 0 # still starting: start_services waits for it
  refuse_foreign_port "$svc" "$port"
  [ -f "$(service_jar "$svc")" ] || die "$(service_jar "$svc") is missing: build first (./stack up without --no-build)"
  say "starting $svc on port $port"
  # Working directory = the jar's folder: a class-data archive records the class path relative to it, and the JVM
  # uses one only from there.
  local cds=() java_opts=()
  read -r -a cds <<<"$(service_cds_option "$svc" "$record")"
  read -r -a java_opts <<<"$SERVICE_JAVA_OPTS"
  (
    cd "$ROOT/$svc/target/quarkus-app" || die "cannot enter $ROOT/$svc/target/quarkus-app"
    set -a
    # shellcheck source=/dev/null
    . "$SECRETS"
    set +a
    start_background "$svc" env CSP_DEMO_DATA_ENABLED=true MALLOC_ARENA_MAX=2 KAFKA_BOOTSTRAP_SERVERS="$(kafka_bootstrap)" \
      CSP_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT CSP_KAFKA_SASL_JAAS_CONFIG="$(kafka_jaas "$svc")" \
      java "${java_opts[@]}" "${cds[@]}" -jar "$(service_jar "$svc")"
  )
}

# The class-data archive (AppCDS) a service starts with: the classes one whole start of it on this machine loaded
# (Quarkus, Hibernate's runtime, Flyway, the Kafka and OIDC clients, the JDBC driver), parsed and verified once and
# mapped by every later start: catalog-service starts in ~3 s instead of ~4 s with the archive the build makes
# (quarkus.package.jar.appcds, whose recording stops before the runtime starts, so half of the classes a start
# loads are not in it). The first `up` after a build starts the services recording one (-XX:ArchiveClassesAtExit),
# stops them once they are ready (the JVM writes the archive as it exits: seconds, under load tens of seconds, which
# is why no ordinary stop is left to pay for it) and starts them again from it; stop_service keeps an archive only
# from a service that stopped by itself and whose jar did not change meanwhile. The JVM can record on top of its own
# base archive only, so a recording start uses no application archive.
CDS="$STATE/cds"
service_cds_option() {
  local svc="$1" record="$2" archive="$CDS/$1.jsa"
  mkdir -p "$CDS"
  if [ -f "$archive" ] && [ "$archive" -nt "$(service_jar "$svc")" ]; then
    echo "-XX:SharedArchiveFile=$archive"
  elif [ "$record" = record ]; then
    rm -f "$archive" "$archive.new"
    touch "$archive.recording" # when the recording began: a jar built after it makes the recording useless
    echo "-XX:ArchiveClassesAtExit=$archive.new"
  fi
}

service_recording() { [ -f "$CDS/$1.jsa.recording" ]; }

stop_service() {
  local svc="$1" archive="$CDS/$1.jsa" wait=20
  service_recording "$svc" && wait=90 # the JVM writes the archive it recorded as it exits
  stop_process "$svc" "$wait"
  if [ -s "$archive.new" ] && [ "$STOP_FORCED" = no ] && ! [ "$(service_jar "$svc")" -nt "$archive.recording" ]; then
    mv -f "$archive.new" "$archive"
  fi
  rm -f "$archive.new" "$archive.recording"
}

# Local-only secrets, made once per checkout: the product-key encryption key, the download-link and
# audit signing keys. In production they come from Kubernetes Secrets (see deploy/).
SECRETS="$STATE/secrets.env"
ensure_local_secrets() {
  mkdir -p "$STATE"
  umask 077
  local name
  # Adds whichever key is missing, so a checkout made before a key existed gets it too.
  for name in CSP_KEYS_ENCRYPTION_KEY CSP_DOWNLOADS_SIGNING_KEY CSP_AUDIT_SIGNING_KEY; do
    grep -q "^$name=" "$SECRETS" 2>/dev/null || echo "$name=$(head -c 32 /dev/urandom | base64 -w0)" >>"$SECRETS"
  done
}

# The services' JVM: a 256 MB heap cap; the serial collector (two cores, small heaps); a heap that starts at 64 MB
# with a fixed 32 MB young generation and gives memory back after a full collection, so an idle service holds what
# it uses (docs/PERFORMANCE.md compares this with -Xmx256m alone and with a 32 MB start heap); and the C1 compiler
# only (-XX:TieredStopAtLevel=1): five JVMs on two cores spent most of their CPU in C2 compiling for the first ten
# minutes and more (137 s of compile time in order-service alone), which halved what the stack could serve; with C1
# alone an order costs half the CPU in a benchmark run and the five start in about 14 s instead of 22 s
# (docs/PERFORMANCE.md). A long-running production pod, where C2's work pays off, keeps the JVM's default.
# -XX:MetaspaceSize=64m: the class metadata a service holds (~25 MB beside what its archive shares) no longer crosses
# the JVM's first threshold (~21 MB) with the first requests after a start, which with the serial collector cost a
# full collection of 100-250 ms in each service (GC logs, docs/PERFORMANCE.md); a threshold, not memory taken.
# -XX:-UsePerfData: no hsperfdata sampling every 50 ms (about 1-2 ms of CPU a second per JVM at rest; jcmd PID, which
# the benchmark's --jfr uses, still attaches; jps no longer lists the JVM).
# CSP_SERVICE_JAVA_OPTS replaces these. MALLOC_ARENA_MAX=2 (set where a service starts) keeps glibc from giving each of
# the JVM's many threads an arena of its own, which otherwise holds on to tens of MB after a burst of load.
SERVICE_JAVA_OPTS="${CSP_SERVICE_JAVA_OPTS:--Xmx256m -Xms64m -Xmn32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=64m -XX:-UsePerfData}"

start_services() {
  local no_build="$1" entry svc port started=()
  [ "$no_build" = "yes" ] || build_services_if_needed
  ensure_local_secrets
  # All are started first and then awaited: the JVMs start in parallel.
  for entry in "${SERVICES[@]}"; do
    read -r svc port <<<"$entry"
    if [ ! -d "$ROOT/$svc" ]; then
      warn "$svc/ does not exist (yet): not started"
      continue
    fi
    start_service "$svc" "$port" record
    started+=("$entry")
  done
  wait_for_services "${started[@]}"
  # Those that recorded a class-data archive: stopped (the archive is written), then started from it.
  local recorded=()
  for entry in "${started[@]}"; do
    read -r svc port <<<"$entry"
    service_recording "$svc" && recorded+=("$entry")
  done
  [ ${#recorded[@]} -gt 0 ] || return 0
  say "class-data archives recorded: restarting ${recorded[*]%% *} from them (once after a build)"
  local stopping=()
  for entry in "${recorded[@]}"; do
    read -r svc port <<<"$entry"
    stop_service "$svc" &
    stopping+=("$!")
  done
  wait "${stopping[@]}" # these only: Kafka and Keycloak may be this shell's background jobs too
  for entry in "${recorded[@]}"; do
    read -r svc port <<<"$entry"
    start_service "$svc" "$port"
  done
  wait_for_services "${recorded[@]}"
}

wait_for_services() {
  local entry svc port
  for entry in "$@"; do
    read -r svc port <<<"$entry"
    wait_for_http_200 "$svc" "http://127.0.0.1:$port/q/health/ready" 300
    say "$svc ready"
  done
}

stop_services() {
  local entry svc port
  for entry in "${SERVICES[@]}"; do
    read -r svc port <<<"$entry"
    stop_service "$svc"
  done
}
