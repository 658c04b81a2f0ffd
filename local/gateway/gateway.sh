#!/usr/bin/env bash
#
# local/gateway/gateway.sh start|stop|status: the local gateway (nginx from Debian) on 127.0.0.1:8080.
# Serves ui/dist and routes /v1/... to the services on 8081-8085 (see nginx.conf.template). Runs as the current user;
# its config, pid, logs and temp files are under .stack/gateway/, its pid also in .stack/pids/gateway.pid.
#
#   start   install nginx if it is missing (apt-get, when root), build ui/dist if missing or stale,
#           render the config with absolute paths, start nginx, wait until :8080 answers
#   stop    stop the nginx started here, by its recorded pid
#   status  say whether it runs

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STATE="$ROOT/.stack/gateway"
PIDFILE="$ROOT/.stack/pids/gateway.pid"
CONF="$STATE/nginx.conf"
DIST="$ROOT/ui/dist"
PORT=8080

say() { printf '==> gateway: %s\n' "$*"; }
die() {
  printf 'ERROR: gateway: %s\n' "$*" >&2
  exit 1
}

nginx_bin() {
  command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

ensure_nginx() {
  [ -n "$(nginx_bin)" ] && return 0
  [ "$(id -u)" -eq 0 ] || die "nginx is not installed; install it with: sudo apt-get install -y nginx-light"
  say "installing nginx-light from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null; } ||
    die "could not install nginx-light"
  # Debian's package may start a system nginx on port 80; this gateway does not need it.
  if [ -f /run/nginx.pid ]; then kill "$(cat /run/nginx.pid)" 2>/dev/null || true; fi
}

# True when ui/dist is missing or older than a source it is built from.
ui_stale() {
  [ -f "$DIST/index.html" ] || return 0
  [ -n "$(find "$ROOT/ui/src" "$ROOT/ui/openapi" "$ROOT/ui/index.html" "$ROOT/ui/package-lock.json" \
    "$ROOT/ui/vite.config.ts" -newer "$DIST/index.html" -print -quit 2>/dev/null)" ]
}

ensure_ui() {
  ui_stale || return 0
  command -v npm >/dev/null || die "ui/dist needs building and npm is not installed (see ui/README.md)"
  say "building the UI into ui/dist"
  (cd "$ROOT/ui" && npm ci --no-audit --no-fund --loglevel=error && npm run build) >"$STATE/logs/ui-build.log" 2>&1 ||
    { tail -n 30 "$STATE/logs/ui-build.log" >&2; die "UI build failed (log: $STATE/logs/ui-build.log)"; }
}

render_config() {
  local user_directive=""
  # As root, nginx would hand its workers to 'nobody', who cannot write to .stack/gateway: keep the current user.
  if [ "$(id -u)" -eq 0 ]; then user_directive="user root root;"; fi
  sed -e "s|@STATE@|$STATE|g" -e "s|@DIST@|$DIST|g" -e "s|@USER_DIRECTIVE@|$user_directive|" \
    "$HERE/nginx.conf.template" >"$CONF"
}

# The recorded pid, if that process is still our nginx master.
running_pid() {
  [ -f "$PIDFILE" ] || return 0
  local pid
  pid="$(cat "$PIDFILE")"
  if [[ "$(ps -p "$pid" -o args= 2>/dev/null || true)" == *"nginx: master process"*"$CONF"* ]]; then
    echo "$pid"
  fi
}

answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$PORT/" 2>/dev/null || true)" = "200" ]
}

start() {
  if [ -n "$(running_pid)" ]; then
    say "already running (pid $(running_pid))"
    return 0
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is in use by another program (see: ss -ltnp 'sport = :$PORT')"
  fi
  mkdir -p "$STATE/logs" "$STATE/temp" "$(dirname "$PIDFILE")"
  ensure_nginx
  ensure_ui
  render_config
  local nginx
  nginx="$(nginx_bin)"
  "$nginx" -t -q -p "$STATE" -c "$CONF" -e "$STATE/logs/error.log" || die "nginx rejected $CONF"
  # nginx daemonizes: the master's pid is the one it writes to its pid file
  "$nginx" -p "$STATE" -c "$CONF" -e "$STATE/logs/error.log"
  for _ in $(seq 1 50); do
    if [ -s "$STATE/nginx.pid" ] && answers; then
      cp "$STATE/nginx.pid" "$PIDFILE"
      say "serving http://localhost:$PORT (pid $(cat "$PIDFILE"), logs in $STATE/logs)"
      return 0
    fi
    sleep 0.2
  done
  tail -n 20 "$STATE/logs/error.log" >&2 || true
  die "nginx did not answer on port $PORT within 10 s"
}

stop() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    rm -f "$PIDFILE"
    return 0
  fi
  say "stopping (pid $pid)"
  kill -QUIT "$pid" 2>/dev/null || true # graceful: finishes the requests in flight
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if [ -n "$(running_pid)" ]; then echo "running (pid $(running_pid))"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
