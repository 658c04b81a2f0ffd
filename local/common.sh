# shellcheck shell=bash
#
# local/common.sh: small helpers every part of ./stack uses (messages, root or not, ports, HTTP, Maven's
# output, logs) and the check of the commands ./stack itself runs; sourced by ./stack first.

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# HTTP status code of URL, or 000 when nothing answers.
http_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# ./mvnw with output going to a log file, so that a cold download does not flood the terminal.
# On failure the end of that log is shown.
maven_quietly() {
  local logfile="$1"
  shift
  if ! "$ROOT/mvnw" -B -ntp "$@" >"$logfile" 2>&1; then
    tail -n 40 "$logfile" >&2
    die "Maven failed (full log: $logfile)"
  fi
}

# Moves the previous log aside, so that the log shown on failure is this run's only.
fresh_log() {
  local logfile="$LOGS/$1.log"
  if [ -f "$logfile" ]; then
    mv -f "$logfile" "$logfile.prev"
  fi
}

check_tools() {
  local missing=() tool
  for tool in java curl unzip ps setsid; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    die "missing commands: ${missing[*]} (Debian: apt-get install -y openjdk-17-jdk-headless curl unzip procps util-linux)"
  fi
}
