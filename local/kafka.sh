# shellcheck shell=bash
#
# local/kafka.sh: Kafka, one KRaft node (broker and controller in one JVM) or three (up --brokers 3); sourced by
# ./stack. Jars fetched through local/kafka/pom.xml, config local/kafka/server.properties.

KAFKA_VERSION=4.1.2
KAFKA_DIR="$STATE/kafka"
KAFKA_LIB="$KAFKA_DIR/lib"
KAFKA_PORT=9092
# One broker (the default), or three (./stack up --brokers 3) as production runs them: nodes kafka, kafka-2 and
# kafka-3 on ports 9092, 9094 and 9096 (each one's controller listener one above), data in .stack/kafka/node-N.
# The choice is remembered in .stack/kafka/brokers until another --brokers changes it.
KAFKA_BROKERS_FILE="$KAFKA_DIR/brokers"

# Runs a Kafka command line tool (TopicCommand, StorageTool, ...) from the fetched jars.
kafka_tool() {
  java -Dlog4j2.configurationFile="$ROOT/local/kafka/log4j2.properties" -Dkafka.log.level=WARN \
    -cp "$KAFKA_LIB/*" "$@"
}

# Every topic of deploy/base/kafka-topics.yaml: created if missing (nobody else may create one: the services' users
# have no such right), dead-letter and compacted ones with the manifest's retention.ms and cleanup.policy (dead letters
# kept 30 days, not the broker's 1 day). Not the replication factor or min.insync.replicas: there may be one broker.
# Then the ACLs of deploy/base/kafka-users.yaml, as Strimzi's User Operator applies them on Kubernetes.
ensure_kafka_topics() {
  if ! dead_letter_tool ensure-topics "$ROOT/deploy/base/kafka-topics.yaml" >"$LOGS/kafka-topics.log" 2>&1; then
    fail_with_log kafka-topics "cannot create or configure the topics of deploy/base/kafka-topics.yaml"
  fi
  say "Kafka $(grep '^topics:' "$LOGS/kafka-topics.log" | tail -n 1) (log: $LOGS/kafka-topics.log)"
  if ! dead_letter_tool ensure-acls "$ROOT/deploy/base/kafka-users.yaml" >"$LOGS/kafka-acls.log" 2>&1; then
    fail_with_log kafka-acls "cannot apply the ACLs of deploy/base/kafka-users.yaml"
  fi
  say "Kafka $(grep '^acls:' "$LOGS/kafka-acls.log" | tail -n 1) (log: $LOGS/kafka-acls.log)"
}

# Kafka users (issue 17): kafka-admin (the operator's: ./stack, the dead-letter tool, the tests' looks), one per
# service, and the controller listener's own. Passwords made once per checkout in .stack/kafka/users.env (hex, so
# they need no quoting anywhere); each client's settings in .stack/kafka/clients/<user>.properties, the form Kafka's
# command line tools take (--command-config) and the tests read.
KAFKA_USERS_FILE="$KAFKA_DIR/users.env"
kafka_users() { echo "kafka-admin ${SERVICES[*]%% *}"; }
kafka_password() { sed -n "s/^$1=//p" "$KAFKA_USERS_FILE"; }
kafka_client_config() { echo "$KAFKA_DIR/clients/$1.properties"; }
kafka_jaas() {
  echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$(kafka_password "$1")\";"
}
ensure_kafka_users() {
  local user
  mkdir -p "$KAFKA_DIR/clients"
  (
    umask 077
    for user in controller $(kafka_users); do
      grep -q "^$user=" "$KAFKA_USERS_FILE" 2>/dev/null ||
        echo "$user=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$KAFKA_USERS_FILE"
    done
    for user in $(kafka_users); do
      printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s\n' \
        "$(kafka_jaas "$user")" >"$(kafka_client_config "$user")"
    done
  )
}

# The SCRAM credentials of every user, written into the metadata when the storage is formatted.
kafka_scram_arguments() {
  local user
  for user in $(kafka_users); do
    printf -- '--add-scram\nSCRAM-SHA-512=[name=%s,password=%s]\n' "$user" "$(kafka_password "$user")"
  done
}

fetch_kafka() {
  # The marker jar changes name with the version, so a version bump refetches.
  [ -f "$KAFKA_LIB/kafka_2.13-$KAFKA_VERSION.jar" ] && return 0
  say "fetching Kafka $KAFKA_VERSION jars from Maven Central (log: $LOGS/kafka-fetch.log)"
  rm -rf "$KAFKA_LIB" "$KAFKA_LIB.partial"
  # Into a temporary directory first: an interrupted fetch must not look complete.
  maven_quietly "$LOGS/kafka-fetch.log" -f "$ROOT/local/kafka/pom.xml" \
    dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIB.partial" -DincludeScope=runtime
  mv "$KAFKA_LIB.partial" "$KAFKA_LIB"
}

kafka_brokers() { cat "$KAFKA_BROKERS_FILE" 2>/dev/null || echo 1; }
broker_names() { if [ "$(kafka_brokers)" = 3 ]; then echo "kafka kafka-2 kafka-3"; else echo kafka; fi; }
broker_node() { case "$1" in kafka) echo 1 ;; kafka-2) echo 2 ;; kafka-3) echo 3 ;; esac; }
broker_port() { echo $((KAFKA_PORT + 2 * ($(broker_node "$1") - 1))); }
broker_dir() { if [ "$(kafka_brokers)" = 3 ]; then echo "$KAFKA_DIR/node-$(broker_node "$1")"; else echo "$KAFKA_DIR"; fi; }
# What clients bootstrap from: every broker, so that any one of them may be down.
kafka_bootstrap() {
  local name list=()
  for name in $(broker_names); do list+=("127.0.0.1:$(broker_port "$name")"); done
  (IFS=,; echo "${list[*]}")
}

# Switches between one and three brokers; only while no broker runs (the services must restart with the other set).
choose_brokers() {
  local wanted="$1" name
  [ "$wanted" = 1 ] || [ "$wanted" = 3 ] || die "--brokers takes 1 or 3, not '$wanted'"
  [ "$wanted" = "$(kafka_brokers)" ] && return 0
  for name in kafka kafka-2 kafka-3; do
    [ -z "$(running_pid "$name")" ] || die "Kafka runs with $(kafka_brokers) broker(s): './stack down' first, then up --brokers $wanted"
  done
  mkdir -p "$KAFKA_DIR"
  echo "$wanted" >"$KAFKA_BROKERS_FILE"
  say "Kafka: $wanted broker(s) from now on"
}

# Regenerated on every start so that edits to local/kafka/server.properties take effect. With three brokers each
# node gets its id and ports, and the production settings: replication factor 3, min.insync.replicas 2.
configure_broker() {
  local name="$1" dir port node
  dir="$(broker_dir "$name")"
  mkdir -p "$dir"
  if [ "$(kafka_brokers)" = 3 ]; then
    port="$(broker_port "$name")"
    node="$(broker_node "$name")"
    sed -e "s#@LOG_DIRS@#$dir/data#" -e "s#^node.id=.*#node.id=$node#" \
      -e "s#^controller.quorum.voters=.*#controller.quorum.voters=1@127.0.0.1:$((KAFKA_PORT + 1)),2@127.0.0.1:$((KAFKA_PORT + 3)),3@127.0.0.1:$((KAFKA_PORT + 5))#" \
      -e "s#^listeners=.*#listeners=CLIENT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))#" \
      -e "s#^advertised.listeners=.*#advertised.listeners=CLIENT://127.0.0.1:$port#" \
      -e "s#@ADMIN_PASSWORD@#$(kafka_password kafka-admin)#" -e "s#@CONTROLLER_PASSWORD@#$(kafka_password controller)#g" \
      -e "s#^\(default.replication.factor\|offsets.topic.replication.factor\|transaction.state.log.replication.factor\|share.coordinator.state.topic.replication.factor\)=.*#\1=3#" \
      -e "s#^\(min.insync.replicas\|transaction.state.log.min.isr\|share.coordinator.state.topic.min.isr\)=.*#\1=2#" \
      "$ROOT/local/kafka/server.properties" >"$dir/server.properties"
    [ -f "$KAFKA_DIR/cluster.id" ] || kafka_tool kafka.tools.StorageTool random-uuid >"$KAFKA_DIR/cluster.id"
  else
    sed -e "s#@LOG_DIRS@#$dir/data#" -e "s#@ADMIN_PASSWORD@#$(kafka_password kafka-admin)#" \
      -e "s#@CONTROLLER_PASSWORD@#$(kafka_password controller)#g" \
      "$ROOT/local/kafka/server.properties" >"$dir/server.properties"
  fi
  chmod 600 "$dir/server.properties"
  [ ! -f "$dir/data/meta.properties" ] || [ -f "$dir/scram-users" ] ||
    die "$name's storage predates Kafka users and ACLs: './stack reset' (it deletes the local broker's data)"
  # KRaft storage must be formatted once, with a cluster id; meta.properties marks that it was.
  if [ ! -f "$dir/data/meta.properties" ]; then
    local cluster_id
    if [ "$(kafka_brokers)" = 3 ]; then cluster_id="$(cat "$KAFKA_DIR/cluster.id")"; else cluster_id="$(kafka_tool kafka.tools.StorageTool random-uuid)"; fi
    say "formatting $name's storage (cluster id $cluster_id)"
    local scram=()
    mapfile -t scram < <(kafka_scram_arguments)
    kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" "${scram[@]}" \
      >>"$LOGS/kafka-format.log" 2>&1 || fail_with_log kafka-format "formatting $name's storage failed"
    kafka_users >"$dir/scram-users"
  fi
}

start_broker() {
  local name="$1" port
  port="$(broker_port "$name")"
  if [ -n "$(running_pid "$name")" ]; then
    port_open "$port" && say "$name already running (pid $(running_pid "$name"))"
    return 0
  fi
  refuse_foreign_port "$name" "$port"
  configure_broker "$name"
  KAFKA_STARTED=yes
  say "starting $name on 127.0.0.1:$port"
  start_background "$name" java -Xms128m -Xmx512m -XX:-UsePerfData -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$ROOT/local/kafka/log4j2.properties" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$(broker_dir "$name")/server.properties"
}

KAFKA_STARTED=no
start_kafka() {
  local name
  fetch_kafka
  ensure_kafka_users
  for name in $(broker_names); do start_broker "$name"; done
  for name in $(broker_names); do wait_for_port "$name" "$(broker_port "$name")" 120; done
  # An open port is not yet a working broker: wait until it answers a metadata request.
  if ! timeout 90 java -Dlog4j2.configurationFile="$ROOT/local/kafka/log4j2.properties" \
    -Dkafka.log.level=ERROR -cp "$KAFKA_LIB/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$(kafka_bootstrap)" --command-config "$(kafka_client_config kafka-admin)" --list >/dev/null 2>>"$LOGS/kafka.log"; then
    fail_with_log kafka "Kafka does not answer on $(kafka_bootstrap)"
  fi
  [ "$KAFKA_STARTED" = no ] || ensure_kafka_topics
}
