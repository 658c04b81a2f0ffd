# shellcheck shell=bash
#
# local/dlq.sh: the dead-letter tool (local/kafka/DeadLetterTool.java) and `./stack dlq`; sourced by ./stack.

# local/kafka/DeadLetterTool.java (list, replay, count, ensure-topics, ensure-acls), run from source: no build; as
# kafka-admin, the operator's Kafka user.
dead_letter_tool() {
  KAFKA_BOOTSTRAP_SERVERS="$(kafka_bootstrap)" KAFKA_CLIENT_CONFIG="$(kafka_client_config kafka-admin)" \
    kafka_tool "$ROOT/local/kafka/DeadLetterTool.java" "$@"
}

cmd_dlq() {
  local action="${1:-list}"
  [ $# -gt 0 ] && shift
  case "$action" in
    list | replay | count) ;;
    *) die "usage: ./stack dlq [list [TOPIC] | replay TOPIC [--offset N] | count]" ;;
  esac
  [ -f "$KAFKA_LIB/kafka_2.13-$KAFKA_VERSION.jar" ] || die "no Kafka jars in $KAFKA_LIB: run ./stack up first"
  local name open=no
  for name in $(broker_names); do port_open "$(broker_port "$name")" && open=yes; done
  [ "$open" = yes ] || die "Kafka is not running on $(kafka_bootstrap) (./stack up --infra starts it)"
  dead_letter_tool "$action" "$@"
}
