# shellcheck shell=bash
#
# local/dev.sh: `./stack dev SERVICE [MAVEN ARGS...]`, sourced by ./stack. It uses SERVICES, ensure_local_secrets and
# SECRETS of services.sh, kafka_bootstrap and kafka_jaas of kafka.sh, stop_service of services.sh, KEYCLOAK_REALM_URL
# of keycloak.sh, and port_open, http_code, say and die of common.sh.
#
# Runs one service in Quarkus dev mode (live reload, Dev UI on /q/dev-ui, debugger on :5005) against the running
# local stack: the stack's instance of that service is stopped first, and `./mvnw compile quarkus:dev -pl SERVICE -am`
# gets the environment `./stack up` gives the service (start_service): demo data on, the Kafka bootstrap servers and
# the service's own SCRAM user (.stack/kafka/users.env), the local secrets (.stack/secrets.env), Keycloak's realm as
# issuer. `-am` compiles service-kit and event-contracts from this checkout as well (Quarkus skips dev mode for those
# libraries), so the service never runs on an older copy installed in ~/.m2. It listens on the service's usual port,
# so the gateway (:8080), `npm run dev` and the other services reach it as before. Ctrl-C ends it;
# `./stack up --no-build` then starts the stack's instance again.

cmd_dev() {
  local svc="${1:-}" entry name port="" broker_open=no
  [ -n "$svc" ] || die "usage: ./stack dev SERVICE [MAVEN ARGS...] (${SERVICES[*]%% *})"
  shift
  for entry in "${SERVICES[@]}"; do
    read -r name port <<<"$entry"
    [ "$name" = "$svc" ] && break
    port=""
  done
  [ -n "$port" ] || die "unknown service: $svc (${SERVICES[*]%% *})"
  check_tools
  # What the service needs running: PostgreSQL with its database, Kafka with the users ./stack made, Keycloak.
  pg_isready -q -h 127.0.0.1 -p "$POSTGRES_PORT" 2>/dev/null || die "PostgreSQL is not running: ./stack up --infra first"
  [ -f "$KAFKA_USERS_FILE" ] || die "no Kafka users yet (.stack/kafka/users.env): ./stack up --infra first"
  for name in $(broker_names); do port_open "$(broker_port "$name")" && broker_open=yes; done
  [ "$broker_open" = yes ] || die "Kafka is not running on $(kafka_bootstrap): ./stack up --infra first"
  [ "$(http_code "$KEYCLOAK_READY_URL")" = 200 ] || die "Keycloak does not answer at $KEYCLOAK_URL: ./stack up --infra first"

  stop_service "$svc"
  port_open "$port" && die "port $port is still in use (ss -ltnp 'sport = :$port'): $svc cannot listen there"
  ensure_local_secrets
  say "$svc in Quarkus dev mode on http://localhost:$port (Ctrl-C stops it; './stack up --no-build' restarts the stack's instance)"
  cd "$ROOT" || die "cannot enter $ROOT"
  set -a
  # shellcheck source=/dev/null
  . "$SECRETS"
  set +a
  # The same environment as start_service gives the jar (keep the two alike), and the issuer spelled out. No question
  # about build analytics (it holds the start up until it times out).
  exec env CSP_DEMO_DATA_ENABLED=true KAFKA_BOOTSTRAP_SERVERS="$(kafka_bootstrap)" \
    CSP_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT CSP_KAFKA_SASL_JAAS_CONFIG="$(kafka_jaas "$svc")" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_REALM_URL" \
    ./mvnw compile quarkus:dev -pl "$svc" -am -Dquarkus.analytics.disabled=true "$@"
}
