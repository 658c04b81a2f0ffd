#!/usr/bin/env bash
# Lints each service's OpenAPI document as the build wrote it (<service>/target/openapi/openapi.yaml) with Spectral:
# spectral:oas and our rules (.spectral.yaml at the repository root). Any warning fails. Build the services first
# (./mvnw -B install -DskipTests). Then checks that the UI's API types were generated from these documents (ui/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
services=(catalog-service order-service entitlement-service audit-service billing-service)
ours=(csp-operation-id-camel-case csp-operation-summary csp-operation-tags csp-error-is-problem csp-post-creates-201)

# the Spectral that package-lock.json pins, installed again only when the lock changed
if [ ! -x "$here/node_modules/.bin/spectral" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
spectral() { "$here/node_modules/.bin/spectral" lint --ruleset "$root/.spectral.yaml" "$@"; }

# our rules still bite: each reports its mistake in must-fail.yaml
report="$(spectral --format text "$here/must-fail.yaml" || true)"
for rule in "${ours[@]}"; do
  if ! grep -q " $rule " <<<"$report"; then
    echo "openapi-lint: rule $rule no longer reports must-fail.yaml" >&2
    exit 1
  fi
done

documents=()
for service in "${services[@]}"; do
  document="$root/$service/target/openapi/openapi.yaml"
  if [ ! -f "$document" ]; then
    echo "openapi-lint: $document is missing: build $service first (./mvnw -B install -DskipTests)" >&2
    exit 1
  fi
  documents+=("$document")
done
spectral --fail-severity=warn "${documents[@]}"
for service in "${services[@]}"; do
  printf 'openapi-lint: %s, %s operations\n' "$service" \
    "$(grep -cE '^    (get|put|post|delete|patch):$' "$root/$service/target/openapi/openapi.yaml")"
done

# The UI's API types are generated from copies of these documents (ui/openapi/*.json): fails when a copy is stale
# (then: cd ui && npm run api:types, and commit the documents it writes)
if [ ! -x "$root/ui/node_modules/.bin/openapi-typescript" ] || [ "$root/ui/package-lock.json" -nt "$root/ui/node_modules/.package-lock.json" ]; then
  (cd "$root/ui" && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd "$root/ui" && node scripts/api-types.mjs --check)
