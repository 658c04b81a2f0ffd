# shellcheck shell=bash
#
# local/test.sh: `./stack test`, every test from an empty platform, step by step with its wall time; sourced by
# ./stack.


# Step timings of `./stack test`, printed at the end whether the run passed or failed.
TEST_STEP_NAMES=()
TEST_STEP_SECONDS=()
TEST_CURRENT_STEP=""

print_test_timings() {
  local status=$? i
  echo
  echo "Wall time per step:"
  for i in "${!TEST_STEP_NAMES[@]}"; do
    printf '  %-40s %5ss\n' "${TEST_STEP_NAMES[$i]}" "${TEST_STEP_SECONDS[$i]}"
  done
  if [ "$status" -ne 0 ] && [ -n "$TEST_CURRENT_STEP" ]; then
    printf '  %-40s FAILED (exit %s)\n' "$TEST_CURRENT_STEP" "$status"
  fi
  if [ "$status" -eq 0 ]; then
    echo "All test steps passed. The stack is still running: ./stack down stops it."
  fi
}

# Runs one step; a failure ends the script (set -e) and the EXIT trap prints the timings.
test_step() {
  local name="$1" start=$SECONDS
  shift
  TEST_CURRENT_STEP="$name"
  echo
  say "test step: $name"
  "$@"
  TEST_STEP_NAMES+=("$name")
  TEST_STEP_SECONDS+=("$((SECONDS - start))")
  TEST_CURRENT_STEP=""
}

run_maven() {
  (cd "$ROOT" && ./mvnw "$@")
}

lint_api_documents() {
  "$ROOT/tools/openapi-lint/lint.sh" && "$ROOT/tools/asyncapi-lint/lint.sh"
}

# The project's shell scripts (not mvnw, Maven's own): shellcheck finds nothing in them. Skipped with a warning where it
# is missing (`./stack test` installs Debian's shellcheck as root; ./stack check names it).
lint_shell_scripts() {
  if ! command -v shellcheck >/dev/null 2>&1; then
    warn "shellcheck is not installed: the shell scripts are not linted (fix: apt-get install -y shellcheck)"
    return 0
  fi
  (cd "$ROOT" && shellcheck stack local/*.sh local/*/*.sh .ci/run tools/*/*.sh ui/e2e/*.sh) || return 1
  say "shell scripts: shellcheck $(shellcheck --version | sed -n 's/^version: //p') found nothing"
}

run_lints() { lint_api_documents && lint_shell_scripts; }

cmd_test() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --keep) ;; # the stack is always left running; kept for clarity in scripts
      *) die "unknown option for test: $1" ;;
    esac
    shift
  done
  check_tools
  prereq_for_test
  trap print_test_timings EXIT
  # A test run starts from an empty platform, whatever an earlier run on this machine left in PostgreSQL (its cluster
  # outlives a checkout; the Kafka data and the local signing keys do not, so old rows would not match them).
  test_step "1 empty platform: reset, PostgreSQL roles and databases" reset_then_start_postgres
  # clean: a resource deleted from the sources (a migration moved to service-kit, say) must not linger in target/
  test_step "2 ./mvnw -B clean install" run_maven -B clean install
  # the build wrote each service's OpenAPI document (target/openapi): every operation described as it behaves; and
  # the AsyncAPI document of the events external systems consume; and the shell scripts, ./stack's own among them
  test_step "2b API documents and shell scripts linted (Spectral, AsyncAPI parser, shellcheck)" run_lints
  test_step "3 ./stack up --no-build" cmd_up --no-build
  test_step "4 system tests" run_maven -B -pl system-tests verify -Psystem-tests
  test_step "5 browser journeys" "$ROOT/ui/e2e/run.sh"
  # A short run of every benchmark: fails only when something is broken, never on a missed target (docs/PERFORMANCE.md).
  test_step "6 benchmark smoke run" java -jar "$ROOT/benchmarks/target/benchmarks.jar" --smoke
  # Last, because they kill, stop and restart the stack's processes: the scaling demo, the fault drill, PostgreSQL.
  test_step "7 resilience drills" run_drills
  # The same platform on three brokers, for the drill that kills them (then one broker again, the default).
  test_step "8 replicated broker drill" run_broker_drill
}

run_broker_drill() {
  cmd_down
  cmd_up --no-build --brokers 3
  run_maven -B -pl resilience-tests verify -Presilience -Dtest=ReplicatedBrokerTest
  cmd_down
  cmd_up --no-build --brokers 1
}

# The drills run one replica under faketime (Debian's libfaketime), to show that replicas whose clocks are minutes
# apart still agree; installed here if it is missing and we may.
run_drills() {
  if ! command -v faketime >/dev/null; then
    is_root || die "the resilience drills need faketime: apt-get install -y faketime"
    say "installing faketime (apt-get install -y faketime)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null; }
  fi
  # The drills' ledger (their summary line) adds up this run's drills only.
  rm -f "$ROOT/resilience-tests/target/drill-ledger.tsv"
  run_maven -B -pl resilience-tests verify -Presilience
}

reset_then_start_postgres() {
  cmd_reset
  start_postgres
}
