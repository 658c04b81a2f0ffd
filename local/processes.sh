# shellcheck shell=bash
#
# local/processes.sh: the processes ./stack starts (Kafka, Keycloak, the services, the gateway): pid files,
# starting in the background, stopping by recorded pid, waiting for a port or an HTTP 200; sourced by ./stack.

# Each component's pid file holds the pid of the process ./stack started. The process is only
# considered "ours" while its command line still contains a marker; this guards against a pid
# that was reused by an unrelated process after a reboot.
process_marker() {
  case "$1" in
    kafka | kafka-2 | kafka-3) echo "kafka.Kafka" ;;
    keycloak) echo "$STATE/keycloak" ;;
    gateway) echo "nginx: master process" ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

# Prints the recorded pid of NAME if that process is alive and ours; prints nothing otherwise.
running_pid() {
  local name="$1" pid args
  [ -f "$PIDS/$name.pid" ] || return 0
  pid="$(cat "$PIDS/$name.pid")"
  args="$(ps -p "$pid" -o args= 2>/dev/null || true)"
  if [ -n "$args" ] && [[ "$args" == *"$(process_marker "$name")"* ]]; then
    echo "$pid"
  fi
}

# Starts a command in the background with its output in .stack/logs/NAME.log and records its pid.
# setsid puts it in a session (and process group) of its own: a Ctrl-C in the terminal that ran
# ./stack does not reach it, and `down` can stop the whole group by the recorded pid (kc.sh runs
# Keycloak's java as a child process). stdin/stdout/stderr are all redirected so that no caller's
# pipe stays open (CI waits for its pipes to close).
start_background() {
  local name="$1"
  shift
  fresh_log "$name"
  setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

# Stops NAME by its recorded pid: TERM, wait up to 20 s (or the seconds given), then KILL. Never by process name.
# STOP_FORCED tells the caller whether the KILL was needed (yes) or the process ended by itself (no).
stop_process() {
  local name="$1" wait="${2:-20}" pid target
  # shellcheck disable=SC2034 # read by stop_service (services.sh)
  STOP_FORCED=no
  pid="$(running_pid "$name")"
  if [ -z "$pid" ]; then
    rm -f "$PIDS/$name.pid"
    return 0
  fi
  # Signal the process group when the process leads one (started through setsid), else the pid.
  if [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ]; then
    target="-$pid"
  else
    target="$pid"
  fi
  say "stopping $name (pid $pid)"
  kill -TERM -- "$target" 2>/dev/null || true
  for _ in $(seq 1 $((wait * 2))); do
    kill -0 -- "$target" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 -- "$target" 2>/dev/null; then
    warn "$name did not stop within $wait s: sending KILL"
    # shellcheck disable=SC2034
    STOP_FORCED=yes
    kill -KILL -- "$target" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PIDS/$name.pid"
}

# Fails with the end of the component's log.
fail_with_log() {
  local name="$1" message="$2"
  echo "---- last 40 lines of $LOGS/$name.log ----" >&2
  tail -n 40 "$LOGS/$name.log" >&2 || true
  echo "----" >&2
  die "$message"
}

# Waits until PORT accepts connections while the process NAME is alive.
wait_for_port() {
  local name="$1" port="$2" timeout="$3"
  local deadline=$((SECONDS + timeout))
  until port_open "$port"; do
    [ -n "$(running_pid "$name")" ] || fail_with_log "$name" "$name exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail_with_log "$name" "$name: port $port not open after ${timeout}s"
    sleep 1
  done
}

# Waits until URL answers 200 while the process NAME is alive.
wait_for_http_200() {
  local name="$1" url="$2" timeout="$3"
  local deadline=$((SECONDS + timeout))
  until [ "$(http_code "$url")" = "200" ]; do
    [ -n "$(running_pid "$name")" ] || fail_with_log "$name" "$name exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail_with_log "$name" "$name: $url did not answer 200 within ${timeout}s"
    sleep 1
  done
}

# A component's port answering without a pid of ours means another program holds it: starting
# a second copy would only fail later with a confusing "address already in use".
refuse_foreign_port() {
  local name="$1" port="$2"
  if port_open "$port"; then
    die "port $port is in use by a process ./stack did not start; stop it first (see: ss -ltnp 'sport = :$port')"
  fi
}
