# shellcheck shell=bash
#
# local/status.sh: what runs: the summary after `./stack up`, `./stack status` and `./stack logs`; sourced by
# ./stack.

print_summary() {
  local entry svc port
  echo
  printf '%-20s %-48s %s\n' COMPONENT URL PID
  printf '%-20s %-48s %s\n' postgresql "postgresql://127.0.0.1:$POSTGRES_PORT" "$(postgres_pid)"
  local name
  for name in $(broker_names); do
    printf '%-20s %-48s %s\n' "$name" "127.0.0.1:$(broker_port "$name")" "$(running_pid "$name")"
  done
  printf '%-20s %-48s %s\n' keycloak "$KEYCLOAK_REALM_URL" "$(running_pid keycloak)"
  for entry in "${SERVICES[@]}"; do
    read -r svc port <<<"$entry"
    [ -n "$(running_pid "$svc")" ] || continue
    printf '%-20s %-48s %s\n' "$svc" "http://localhost:$port" "$(running_pid "$svc")"
  done
  cat <<EOF

Keycloak admin console: $KEYCLOAK_URL/admin/  (admin / admin)
Databases: csp_catalog csp_order csp_entitlement csp_audit csp_billing (role = owner,
  password = role name, e.g. catalog_service/catalog_service); test admin: csp_admin/csp_admin

Demo logins (realm csp, client partner-ui, password '$DEMO_PASSWORD'):
  Contoso Partner (partner)       contoso-admin-agent  contoso-sales-agent  contoso-global-admin
                                  contoso-account-admin  contoso-referral-admin  contoso-marketing-admin
  Fabrikam Partner (partner)      fabrikam-admin-agent  fabrikam-sales-agent  fabrikam-global-admin
                                  fabrikam-account-admin  fabrikam-referral-admin  fabrikam-marketing-admin
  Adatum Corporation (customer)   adatum-admin (customer-global-admin)  adatum-user (no admin role)
  Litware Inc. (customer)         litware-admin (customer-global-admin)
  Northwind Traders (customer)    northwind-admin (customer-global-admin)
  CSP Platform Operations         ops-catalog-admin (catalog-admin)  ops-support-agent (support-agent)

Token for scripts: ./stack token contoso-admin-agent
EOF
}

# One status line: name, state, pid, health.
status_line() {
  printf '%-20s %-8s %-8s %s\n' "$1" "$2" "${3:--}" "$4"
}

cmd_status() {
  local entry svc port pid version state health
  status_line COMPONENT STATE PID HEALTH

  version="$(postgres_version)"
  if [ -z "$version" ]; then
    status_line postgresql missing "" "PostgreSQL server not installed"
  elif pg_isready -q -h 127.0.0.1 -p "$POSTGRES_PORT" 2>/dev/null; then
    status_line postgresql running "$(postgres_pid)" "accepting connections on 127.0.0.1:$POSTGRES_PORT"
  else
    status_line postgresql stopped "" "cluster $version/main: $(postgres_cluster_status "$version")"
  fi

  local name port
  for name in $(broker_names); do
    pid="$(running_pid "$name")"
    port="$(broker_port "$name")"
    if [ -n "$pid" ] && port_open "$port"; then
      status_line "$name" running "$pid" "port $port open"
    elif [ -n "$pid" ]; then
      status_line "$name" starting "$pid" "port $port not open"
    else
      status_line "$name" stopped "" ""
    fi
  done

  pid="$(running_pid keycloak)"
  health="$(http_code "$KEYCLOAK_READY_URL")"
  if [ -n "$pid" ]; then state=running; else state=stopped; fi
  if [ -n "$pid" ] || [ "$health" != "000" ]; then
    status_line keycloak "$state" "$pid" "realm csp discovery: HTTP $health"
  else
    status_line keycloak stopped "" ""
  fi

  for entry in "${SERVICES[@]}"; do
    read -r svc port <<<"$entry"
    pid="$(running_pid "$svc")"
    if [ ! -d "$ROOT/$svc" ]; then
      status_line "$svc" absent "" "module not in this checkout"
    elif [ -n "$pid" ]; then
      status_line "$svc" running "$pid" "/q/health/ready: HTTP $(http_code "http://127.0.0.1:$port/q/health/ready")"
    else
      status_line "$svc" stopped "" ""
    fi
  done

  if [ -x "$ROOT/local/gateway/gateway.sh" ]; then
    pid="$(running_pid gateway)"
    if [ -n "$pid" ]; then
      status_line gateway running "$pid" "http://localhost:8080/: HTTP $(http_code "http://127.0.0.1:8080/")"
    else
      status_line gateway stopped "" ""
    fi
  fi
}

cmd_logs() {
  local name="" lines=100
  while [ $# -gt 0 ]; do
    case "$1" in
      -n)
        [ $# -ge 2 ] || die "-n needs a number"
        lines="$2"
        shift
        ;;
      -*) die "unknown option for logs: $1" ;;
      *) name="$1" ;;
    esac
    shift
  done
  [ -n "$name" ] || die "usage: ./stack logs NAME [-n LINES] (kafka, keycloak, postgres or a service)"
  local logfile="$LOGS/$name.log"
  if [ "$name" = "postgres" ] || [ "$name" = "postgresql" ]; then
    logfile="/var/log/postgresql/postgresql-$(postgres_version)-main.log"
  fi
  [ -f "$logfile" ] || die "no log at $logfile"
  exec tail -n "$lines" -F "$logfile"
}
