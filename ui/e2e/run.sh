#!/usr/bin/env bash
#
# ui/e2e/run.sh: the browser journeys of issue 8 in headless Chromium (Debian's package, driven by playwright-core),
# against the running stack behind the gateway (http://localhost:8080; start it with ./stack up).
# Installs what it needs (Debian's chromium when missing and root; the UI's npm packages), never a browser download.
# Screenshots of every step: ui/e2e/screenshots/<journey>/. Exits non-zero when a journey fails.

set -euo pipefail

UI="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8080}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180/realms/csp}"
export BASE_URL KEYCLOAK_URL

say() { printf '==> e2e: %s\n' "$*"; }
die() {
  printf 'ERROR: e2e: %s\n' "$*" >&2
  exit 1
}

if [ ! -x /usr/bin/chromium ]; then
  [ "$(id -u)" -eq 0 ] || die "Chromium is missing: sudo apt-get install -y chromium"
  say "installing Debian's chromium"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } ||
    die "could not install chromium"
fi
command -v java >/dev/null || die "java is missing (the fixture tokens come from stack-client's jar)"
STACK_CLIENT_JAR="${STACK_CLIENT_JAR:-$UI/../stack-client/target/stack-client.jar}"
[ -f "$STACK_CLIENT_JAR" ] ||
  die "no $STACK_CLIENT_JAR (the fixture tokens come from stack-client's Realm): ./mvnw -B install -DskipTests"
export STACK_CLIENT_JAR
command -v npm >/dev/null || die "npm is missing (Node.js ^20.19 or 22.12+, as Vite needs: ../stack check says how to install it)"

cd "$UI"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }
[ "$(code "$BASE_URL/")" = "200" ] || die "nothing answers at $BASE_URL: start the stack (./stack up)"
[ "$(code "$KEYCLOAK_URL/.well-known/openid-configuration")" = "200" ] || die "Keycloak does not answer at $KEYCLOAK_URL"

rm -rf e2e/screenshots
say "journeys against $BASE_URL (Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
start=$SECONDS
status=0
node --test --test-concurrency=1 --test-reporter=spec e2e/journeys/ || status=$?
say "done in $((SECONDS - start)) s; screenshots in $UI/e2e/screenshots/"
exit "$status"
