#!/usr/bin/env bash
# Validates event-contracts' AsyncAPI document (the events external billing systems read) and the JSON Schemas it
# references, with @asyncapi/parser as package-lock.json pins it. Any error or warning fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# the parser that package-lock.json pins, installed again only when the lock changed
if [ ! -d "$here/node_modules/@asyncapi/parser" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/lint.mjs" "$root/event-contracts/src/main/resources/asyncapi.yaml"
