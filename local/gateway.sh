# shellcheck shell=bash
#
# local/gateway.sh: starts and stops the local gateway; sourced by ./stack.

# The local gateway (nginx on 127.0.0.1:8080: the partner UI and the /v1 route table) lives in local/gateway.
start_gateway() {
  [ -x "$ROOT/local/gateway/gateway.sh" ] || return 0
  "$ROOT/local/gateway/gateway.sh" start
}
stop_gateway() {
  [ -x "$ROOT/local/gateway/gateway.sh" ] || return 0
  "$ROOT/local/gateway/gateway.sh" stop || true
}
