# shellcheck shell=bash
#
# local/postgres.sh: PostgreSQL, the machine's Debian cluster, not a private one (the services and tests expect
# 127.0.0.1:5432); sourced by ./stack. Roles and databases: local/postgres/init.sql.

POSTGRES_PORT=5432
# Written when `./stack up` had to start the machine's PostgreSQL cluster: only then does
# `./stack down` stop it again.
POSTGRES_MARKER="$STATE/postgres.started-by-stack"

# Major version of the installed PostgreSQL server (the newest if several), or nothing.
postgres_version() {
  local dir version=""
  for dir in /usr/lib/postgresql/*; do
    if [ -x "$dir/bin/postgres" ]; then
      version="$(basename "$dir")"
    fi
  done
  echo "$version"
}

# Status column of `pg_lsclusters` for VERSION/main: online, down, or nothing if no cluster.
postgres_cluster_status() {
  pg_lsclusters --no-header 2>/dev/null | awk -v v="$1" '$1 == v && $2 == "main" { print $4 }'
}

# Runs a command as the postgres OS user (peer authentication on the local socket).
# cd / avoids "could not change directory" warnings when the caller's directory is private.
as_postgres() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  elif [ "$(id -un)" = "postgres" ]; then
    (cd / && "$@")
  else
    (cd / && sudo -n -u postgres -- "$@")
  fi
}

ensure_postgres_installed() {
  if [ -n "$(postgres_version)" ] && command -v pg_lsclusters >/dev/null; then
    return 0
  fi
  if is_root; then
    say "installing PostgreSQL (apt-get install -y postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  else
    die "PostgreSQL server is not installed. Install it as root: apt-get install -y postgresql"
  fi
}

start_postgres() {
  ensure_postgres_installed
  local version status port
  version="$(postgres_version)"
  status="$(postgres_cluster_status "$version")"

  if [ -z "$status" ]; then
    # Debian's package creates 15/main when it is installed; it can be missing if it was dropped.
    is_root || die "no PostgreSQL cluster $version/main; as root: pg_createcluster $version main"
    say "creating PostgreSQL cluster $version/main"
    pg_createcluster "$version" main >/dev/null
    status="$(postgres_cluster_status "$version")"
  fi

  port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
  [ "$port" = "$POSTGRES_PORT" ] || die "PostgreSQL cluster $version/main uses port $port, expected $POSTGRES_PORT"

  if [ "$status" != "online" ]; then
    is_root || die "PostgreSQL $version/main is down; as root: pg_ctlcluster --skip-systemctl-redirect $version main start"
    say "starting PostgreSQL $version/main"
    # --skip-systemctl-redirect: there is no systemd here; pg_ctlcluster runs pg_ctl itself
    # (as the postgres user).
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    touch "$POSTGRES_MARKER"
  fi

  local waited=0
  until pg_isready -q -h 127.0.0.1 -p "$POSTGRES_PORT"; do
    [ "$waited" -lt 30 ] || die "PostgreSQL does not accept connections on 127.0.0.1:$POSTGRES_PORT"
    sleep 1
    waited=$((waited + 1))
  done

  # Roles and databases; the SQL is idempotent. Fed on stdin so the postgres user need not be
  # able to read the repository.
  as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$POSTGRES_PORT" -d postgres <"$ROOT/local/postgres/init.sql" >/dev/null
}

# Stops the cluster only if `up` started it.
stop_postgres() {
  [ -f "$POSTGRES_MARKER" ] || return 0
  local version
  version="$(postgres_version)"
  if [ "$(postgres_cluster_status "$version")" = "online" ]; then
    say "stopping PostgreSQL $version/main (it was started by ./stack up)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main stop
  fi
  rm -f "$POSTGRES_MARKER"
}

postgres_pid() {
  local version
  version="$(postgres_version)"
  if [ "$(postgres_cluster_status "$version")" = "online" ]; then
    head -n 1 "/var/run/postgresql/$version-main.pid" 2>/dev/null || echo "?"
  fi
}
