# shellcheck shell=bash
#
# local/lifecycle.sh: `./stack up`, `down`, `stop`, `kill` and `reset`; sourced by ./stack.

cmd_up() {
  local infra=no no_build=no
  while [ $# -gt 0 ]; do
    case "$1" in
      --infra) infra=yes ;;
      --no-build) no_build=yes ;;
      --brokers)
        [ $# -gt 1 ] || die "--brokers needs a number: 1 or 3"
        choose_brokers "$2"
        shift
        ;;
      *) die "unknown option for up: $1 (see ./stack help)" ;;
    esac
    shift
  done
  check_tools
  prereq_for_up "$infra"
  start_postgres
  start_kafka
  start_keycloak
  if [ "$infra" = "no" ]; then
    start_services "$no_build"
    start_gateway
  fi
  print_summary
}

cmd_down() {
  stop_gateway
  stop_services
  stop_process keycloak
  local name
  for name in kafka kafka-2 kafka-3; do stop_process "$name"; done
  stop_postgres
  say "stopped"
}

component_names() { echo "postgresql $(broker_names) keycloak gateway ${SERVICES[*]%% *}"; }

cmd_stop() {
  local name="${1:-}"
  [ -n "$name" ] || die "usage: ./stack stop NAME ($(component_names))"
  case "$name" in
    postgresql | postgres)
      is_root || die "stopping PostgreSQL needs root (pg_ctlcluster)"
      pg_ctlcluster --skip-systemctl-redirect "$(postgres_version)" main stop
      say "PostgreSQL stopped ('./stack up' starts it again)"
      ;;
    gateway) stop_gateway ;;
    *)
      [[ " $(component_names) " == *" $name "* ]] || die "unknown component: $name ($(component_names))"
      if [[ " ${SERVICES[*]%% *} " == *" $name "* ]]; then
        stop_service "$name"
      else
        stop_process "$name"
      fi
      ;;
  esac
}

cmd_kill() {
  local name="${1:-}" pid
  [ -n "$name" ] || die "usage: ./stack kill NAME (kafka, keycloak or a service)"
  if [[ " $(component_names) " != *" $name "* ]] || [ "$name" = postgresql ] || [ "$name" = gateway ]; then
    die "kill works on kafka, keycloak or a service, not '$name'"
  fi
  pid="$(running_pid "$name")"
  [ -n "$pid" ] || die "$name is not running"
  if [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ]; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  else
    kill -KILL -- "$pid" 2>/dev/null || true
  fi
  # Until it is gone (or a zombie nobody reaps: ps shows no command line then), at most 10 s.
  for _ in $(seq 1 100); do
    [ -n "$(running_pid "$name")" ] || break
    sleep 0.1
  done
  rm -f "$PIDS/$name.pid"
  say "killed $name (pid $pid)"
}

cmd_reset() {
  say "reset: stopping the stack, dropping csp_* databases, deleting Kafka and Keycloak data"
  stop_gateway
  stop_services
  stop_process keycloak
  local name
  for name in kafka kafka-2 kafka-3; do stop_process "$name"; done
  # The databases can only be dropped while PostgreSQL runs: start it if needed (then the
  # marker makes the stop_postgres below stop it again).
  start_postgres
  as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$POSTGRES_PORT" -d postgres <"$ROOT/local/postgres/drop-databases.sql" >/dev/null
  stop_postgres
  # The disk-full drill mounts a small filesystem over the broker's data; one an interrupted drill left goes too.
  if mountpoint -q "$KAFKA_DIR/data" 2>/dev/null; then umount "$KAFKA_DIR/data"; fi
  rm -rf "$KAFKA_DIR/data" "$KAFKA_DIR/data.on-disk" "$KAFKA_DIR/server.properties" "$KAFKA_DIR"/node-* "$KAFKA_DIR/cluster.id" "$KAFKA_BROKERS_FILE" \
    "$KEYCLOAK_HOME/data"
  say "reset done: ./stack up recreates everything"
}
