# shellcheck shell=bash
#
# local/keycloak.sh: Keycloak, realm 'csp' imported from local/keycloak/csp-realm.json at every start; sourced by
# ./stack.

KEYCLOAK_VERSION=26.4.7
KEYCLOAK_HOME="$STATE/keycloak/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=8180
# Services are configured with auth-server-url http://localhost:8180/realms/csp; the issuer in
# the tokens must match that whether a token was fetched via localhost or 127.0.0.1.
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
# shellcheck disable=SC2034 # read by status.sh and dev.sh
KEYCLOAK_REALM_URL="$KEYCLOAK_URL/realms/csp"
KEYCLOAK_READY_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/csp/.well-known/openid-configuration"

# shellcheck disable=SC2034 # read by status.sh and the help text of ./stack
DEMO_PASSWORD=demo-password

fetch_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  say "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (~160 MB, log: $LOGS/keycloak-fetch.log)"
  mkdir -p "$STATE/downloads" "$STATE/keycloak"
  # dependency:copy needs no project of its own; -f points Maven at the small standalone pom so
  # that it does not read the root build (which may be mid-edit or not build at all).
  maven_quietly "$LOGS/keycloak-fetch.log" -f "$ROOT/local/kafka/pom.xml" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$STATE/downloads"
  # Unpack beside the target and rename: an interrupted unzip must not look complete.
  rm -rf "$STATE/keycloak/unpacking"
  unzip -q "$STATE/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$STATE/keycloak/unpacking"
  mv "$STATE/keycloak/unpacking/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$STATE/keycloak/unpacking" "$STATE/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

# --import-realm skips a realm that already exists in Keycloak's database. So that edits to
# local/keycloak/csp-realm.json always take effect, the database is deleted (and the realm
# imported afresh on start) whenever the file differs from the one imported last time.
# Changes made in the admin console survive restarts until then (or until ./stack reset).
prepare_keycloak_realm() {
  local realm_file="$ROOT/local/keycloak/csp-realm.json"
  local imported="$KEYCLOAK_HOME/data/import/csp-realm.json"
  if [ -f "$imported" ] && ! cmp -s "$realm_file" "$imported"; then
    say "local/keycloak/csp-realm.json changed: Keycloak's database is recreated"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$realm_file" "$imported"
}

start_keycloak() {
  if [ -n "$(running_pid keycloak)" ] && port_open "$KEYCLOAK_PORT"; then
    say "Keycloak already running (pid $(running_pid keycloak))"
    wait_for_http_200 keycloak "$KEYCLOAK_READY_URL" 300
    return 0
  fi
  if [ -z "$(running_pid keycloak)" ]; then
    refuse_foreign_port keycloak "$KEYCLOAK_PORT"
    fetch_keycloak
    prepare_keycloak_realm
    say "starting Keycloak on $KEYCLOAK_URL"
    # --db dev-file: an H2 file database under data/h2, so that a warm start skips creating the
    #   schema and importing the realm (~8 s instead of ~25 s). prepare_keycloak_realm deletes it
    #   whenever csp-realm.json changed, so the realm file stays the source of truth.
    # --hostname: the issuer is http://localhost:8180/realms/csp however the token was requested.
    # --http-host: listen on loopback only.
    # The heap stays at kc.sh's default for non-containers (-Xms64m -Xmx512m); -XX:-UsePerfData as for the services.
    start_background keycloak env JAVA_OPTS_APPEND=-XX:-UsePerfData \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --http-host 127.0.0.1 --http-port "$KEYCLOAK_PORT" \
      --hostname "$KEYCLOAK_URL" \
      --db dev-file --import-realm
  fi
  # ~25 s on an idle 2-core machine; the first start after unpacking also re-augments Keycloak
  # (~15 s more), and under a parallel build it has been seen to take 150 s: hence 300 s.
  wait_for_http_200 keycloak "$KEYCLOAK_READY_URL" 300
}

# stack-client's command line (dev.csp.stack.RealmCommand): Realm, the one client that asks Keycloak for tokens, for
# ./stack token and the browser harness (ui/e2e/browser.mjs). Built by the reactor (./mvnw install), Jackson in lib/.
STACK_CLIENT_JAR="$ROOT/stack-client/target/stack-client.jar"

# ./stack token USER: a demo user's access token (client partner-ui) on stdout, e.g. for curl.
cmd_token() {
  [ $# -eq 1 ] || die "usage: ./stack token USER   (e.g. ./stack token contoso-admin-agent)"
  [ -f "$STACK_CLIENT_JAR" ] ||
    die "no $STACK_CLIENT_JAR: build it first (./mvnw -B install -DskipTests, or -pl stack-client -am)"
  java -Dcsp.keycloak.url="$KEYCLOAK_URL" -jar "$STACK_CLIENT_JAR" token "$1"
}
