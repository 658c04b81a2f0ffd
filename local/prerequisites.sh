# shellcheck shell=bash
#
# local/prerequisites.sh: what ./stack needs besides itself, sourced by ./stack (it uses ROOT, say, warn, die and
# is_root of common.sh, postgres_version of postgres.sh). `./stack check` lists every prerequisite with its version, OK
# or not and the exact fix; `up`, `test` and `dev` check those they need first, install as root what Debian's
# packages give in a version that works, and otherwise stop with the fix instead of failing half-way through.
#
#   java        the services, Kafka, Keycloak, Maven (17 or later)
#   postgresql  the services' databases (the machine's Debian cluster)
#   tools       curl, unzip, ps, setsid
#   nginx       the local gateway on :8080 (local/gateway)
#   node, npm   the UI's build and dev server (Vite: the version its package's "engines" names), the API linters
#   kubectl     deploy-checks renders deploy/overlays with `kubectl kustomize` (./mvnw install, ./stack test)
#   chromium    the browser journeys (ui/e2e/run.sh), driven by playwright-core; no browser is downloaded
#   faketime    the resilience drills (one replica runs minutes ahead)
#   (optional) shellcheck: ./stack test lints the shell scripts with it; without it that lint is skipped, with a warning

# Debian 12 (bookworm) gives nodejs 18 and kubernetes-client 1.20 (kustomize 2): both too old. Where the candidate is
# new enough (a later Debian), it is installed like the others; otherwise these are the routes named.
PREREQ_NODE_FIX="install Node.js 22 (LTS) from NodeSource: curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs (npm comes with it); or unpack the Linux x64 tarball of Node.js 22 from https://nodejs.org/en/download and put its bin/ first on PATH"
PREREQ_KUBECTL_FIX="install kubectl 1.27 or later (kustomize 5) from the Kubernetes apt repository: mkdir -p /etc/apt/keyrings && curl -fsSL https://pkgs.k8s.io/core:/stable:/v1.34/deb/Release.key | gpg --dearmor -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg && echo 'deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] https://pkgs.k8s.io/core:/stable:/v1.34/deb/ /' >/etc/apt/sources.list.d/kubernetes.list && apt-get update && apt-get install -y kubectl"
# The kustomize that renders our overlays (labels:, patches: with targets); kubectl bundles 5.0 from 1.27 on.
PREREQ_KUSTOMIZE_MIN=5.0.0
PREREQ_JAVA_MIN=17

# True when version $1 >= version $2 (dotted numbers).
prereq_version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

# True when version $1 satisfies an npm engines range made of '||'-separated '^X.Y.Z', '>=X.Y.Z' or 'X.Y.Z' parts
# (what Vite's "engines" uses).
prereq_satisfies() {
  local version="$1" range="$2" part min
  local IFS='|'
  for part in $range; do
    part="${part// /}"
    [ -n "$part" ] || continue
    case "$part" in
      ^*)
        min="${part#^}"
        [ "${version%%.*}" = "${min%%.*}" ] && prereq_version_ge "$version" "$min" && return 0
        ;;
      '>='*) prereq_version_ge "$version" "${part#>=}" && return 0 ;;
      *) [ "$version" = "$part" ] && return 0 ;;
    esac
  done
  return 1
}

# The Node.js range Vite asks for: from the installed package, else from package-lock.json (no npm ci needed).
prereq_vite_engines() {
  local installed="$ROOT/ui/node_modules/vite/package.json"
  if [ -f "$installed" ]; then
    sed -n '/"engines"/,/}/s/.*"node": *"\([^"]*\)".*/\1/p' "$installed" | head -n 1
  else
    sed -n '/"node_modules\/vite": {/,/^    }/s/.*"node": *"\([^"]*\)".*/\1/p' "$ROOT/ui/package-lock.json" | head -n 1
  fi
}

# The newest version of a package that the machine's apt sources offer (upstream part, no epoch or revision), or
# nothing. From the sources, not what is installed: a Node.js installed by other means says nothing of Debian's.
prereq_apt_candidate() {
  apt-cache madison "$1" 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' |
    sed -e 's/^[0-9]*://' -e 's/^.*+really//' -e 's/[-+~].*//' | sort -V | tail -n 1
}

# True when the Node.js that Debian offers (PREREQ_NODE_CANDIDATE, set here) is one Vite runs on.
prereq_debian_node_fits() {
  local range
  PREREQ_NODE_CANDIDATE="$(prereq_apt_candidate nodejs)"
  range="$(prereq_vite_engines)"
  [ -n "$PREREQ_NODE_CANDIDATE" ] && [ -n "$range" ] && prereq_satisfies "$PREREQ_NODE_CANDIDATE" "$range"
}

# The probe of a prerequisite that is one command: P_NEED and P_APT as given; P_VERSION the first line that sed -n "$5"
# makes of what "$3 $4" prints (stderr too), or P_STATE MISSING where there is no command $3.
prereq_probe_command() {
  P_NEED="$1" P_APT="$2"
  if command -v "$3" >/dev/null 2>&1; then
    P_VERSION="$("$3" "$4" 2>&1 | sed -n "$5" | head -n 1)"
  else
    P_STATE=MISSING
  fi
}

# Probes one prerequisite. Sets P_VERSION (or empty), P_STATE (OK, MISSING, TOO OLD), P_NEED (who needs it and what
# version), P_APT (the Debian packages that fix it, when Debian's version works) and P_FIX (what to do).
prereq_probe() {
  local name="$1" candidate range missing=() tool
  P_VERSION="" P_STATE=OK P_APT="" P_FIX=""
  case "$name" in
    java)
      prereq_probe_command "the services, Kafka, Keycloak, ./mvnw: Java $PREREQ_JAVA_MIN or later" \
        openjdk-17-jdk-headless java -version 's/.*version "\([^"]*\)".*/\1/p'
      [ "$P_STATE" = MISSING ] || prereq_version_ge "${P_VERSION%%[-+]*}" "$PREREQ_JAVA_MIN" || P_STATE="TOO OLD"
      ;;
    postgresql)
      P_NEED="the services' databases (the machine's cluster on 127.0.0.1:5432)"
      P_APT="postgresql"
      P_VERSION="$(postgres_version)"
      [ -n "$P_VERSION" ] && command -v pg_lsclusters >/dev/null 2>&1 || P_STATE=MISSING
      ;;
    tools)
      P_NEED="./stack itself: curl, unzip, ps, setsid"
      P_APT="curl unzip procps util-linux"
      for tool in curl unzip ps setsid; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
      done
      if [ "${#missing[@]}" -gt 0 ]; then P_STATE=MISSING P_VERSION="no ${missing[*]}"; else P_VERSION="all there"; fi
      ;;
    nginx)
      prereq_probe_command "the local gateway on :8080 (local/gateway)" nginx-light \
        "$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)" -v 's/.*nginx\///p'
      ;;
    node)
      range="$(prereq_vite_engines)"
      prereq_probe_command "the UI's build and 'npm run dev' (Vite needs Node.js ${range:-?}), the API linters" "" \
        node --version 's/^v\([0-9]\)/\1/p'
      [ "$P_STATE" = MISSING ] || [ -z "$range" ] || prereq_satisfies "$P_VERSION" "$range" || P_STATE="TOO OLD"
      if prereq_debian_node_fits; then
        P_APT="nodejs npm"
      else
        P_FIX="Debian's nodejs is ${PREREQ_NODE_CANDIDATE:-not available}, too old for Vite: $PREREQ_NODE_FIX"
      fi
      ;;
    npm)
      prereq_probe_command "npm ci for ui/ and tools/*-lint (comes with Node.js)" "" npm --version '/^[0-9]/p'
      if prereq_debian_node_fits; then P_APT="npm"; else P_FIX="$PREREQ_NODE_FIX"; fi
      ;;
    kubectl)
      P_NEED="deploy-checks (./mvnw install, ./stack test): 'kubectl kustomize' with kustomize $PREREQ_KUSTOMIZE_MIN or later"
      if command -v kubectl >/dev/null 2>&1; then
        local kustomize
        kustomize="$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v//p')"
        P_VERSION="$(kubectl version --client 2>/dev/null |
          sed -n 's/.*GitVersion:"v\([^"]*\)".*/\1/p;s/^Client Version: v\([0-9][^ ]*\)$/\1/p' | head -n 1)"
        P_VERSION="${P_VERSION:-?}, kustomize ${kustomize:-not reported (before kubectl 1.24)}"
        [ -n "$kustomize" ] && prereq_version_ge "$kustomize" "$PREREQ_KUSTOMIZE_MIN" || P_STATE="TOO OLD"
      else
        P_STATE=MISSING
      fi
      candidate="$(prereq_apt_candidate kubernetes-client)"
      if [ -n "$candidate" ] && prereq_version_ge "$candidate" 1.27; then
        P_APT="kubernetes-client"
      else
        P_FIX="Debian's kubernetes-client is ${candidate:-not available}, too old: $PREREQ_KUBECTL_FIX"
      fi
      ;;
    chromium)
      prereq_probe_command "the browser journeys (ui/e2e/run.sh, playwright-core drives /usr/bin/chromium)" chromium \
        /usr/bin/chromium --version 's/^[A-Za-z][A-Za-z ]* \([0-9][0-9.]*\).*/\1/p' ;;
    faketime) prereq_probe_command "the resilience drills (./stack test)" faketime faketime --version 's/.*Version *//p' ;;
    shellcheck)
      prereq_probe_command "./stack test: the shell scripts' lint (optional: skipped without it)" shellcheck \
        shellcheck --version 's/^version: //p' ;;
    *) die "unknown prerequisite: $name" ;;
  esac
  if [ -n "$P_APT" ] && [ -z "$P_FIX" ]; then
    P_FIX="apt-get install -y $P_APT"
  fi
}

PREREQ_ALL="java postgresql tools nginx node npm kubectl chromium faketime shellcheck"
# Missing, these only skip something (with a warning): `./stack check` lists them but does not fail for them.
PREREQ_OPTIONAL="shellcheck"
prereq_optional() { [[ " $PREREQ_OPTIONAL " == *" $1 "* ]]; }

prereq_apt_install() {
  say "installing $* from Debian (apt-get install -y $*)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

prereq_fix_line() {
  if is_root; then printf '              fix: %s\n' "$1"; else printf '              fix (as root): %s\n' "$1"; fi
}

# Probes NAME (P_STATE, P_VERSION, P_NEED, P_FIX as prereq_probe sets them); when it is not OK and Debian gives it,
# as root installs it and probes again. True when NAME is OK in the end.
prereq_present_or_installed() {
  prereq_probe "$1"
  [ "$P_STATE" = OK ] && return 0
  if is_root && [ -n "$P_APT" ] && [ "$P_FIX" = "apt-get install -y $P_APT" ]; then
    # shellcheck disable=SC2086 # a list of package names
    prereq_apt_install $P_APT || true
    prereq_probe "$1"
  fi
  [ "$P_STATE" = OK ]
}

# Checks NAMEs; as root installs what Debian gives in a working version; stops with every fix still needed.
prereq_require() {
  local name failed=0
  for name in "$@"; do
    prereq_present_or_installed "$name" && continue
    printf '%s: %-9s %s (%s)\n' "$P_STATE" "$name" "${P_VERSION:-not found}" "$P_NEED" >&2
    prereq_fix_line "$P_FIX" >&2
    failed=1
  done
  [ "$failed" -eq 0 ] || die "prerequisites missing (./stack check lists them all)"
}

# Optional NAMEs: as root installs what Debian gives when one is missing; otherwise a warning with the fix.
prereq_offer() {
  local name
  for name in "$@"; do
    prereq_present_or_installed "$name" && continue
    warn "$name ${P_STATE,,}: $P_NEED; fix$(is_root || echo ' (as root)'): $P_FIX"
  done
}

# True when ui/dist must be built (the gateway builds it then, with npm): missing or older than its sources.
prereq_ui_stale() {
  [ -f "$ROOT/ui/dist/index.html" ] || return 0
  [ -n "$(find "$ROOT/ui/src" "$ROOT/ui/openapi" "$ROOT/ui/index.html" "$ROOT/ui/package-lock.json" \
    "$ROOT/ui/vite.config.ts" -newer "$ROOT/ui/dist/index.html" -print -quit 2>/dev/null)" ]
}

# What each command needs: up (the gateway, and Node.js when ui/dist must be built), test (everything).
prereq_for_up() {
  local infra="$1" needed=()
  [ "$infra" = yes ] && return 0
  needed+=(nginx)
  if prereq_ui_stale; then needed+=(node npm); fi
  prereq_require "${needed[@]}"
}
prereq_for_test() {
  prereq_require nginx node npm kubectl chromium faketime
  prereq_offer shellcheck
}

# ./stack check [--install]: every prerequisite, its version, OK or not, and the fix; --install (as root) installs
# what Debian gives first. Exit status 1 when something is still missing.
cmd_check() {
  local install=no name failed=0 optional_missing=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --install) install=yes ;;
      *) die "unknown option for check: $1 (see ./stack help)" ;;
    esac
    shift
  done
  [ "$install" = no ] || is_root || die "check --install installs with apt-get: run it as root"
  printf '%-12s %-34s %-8s %s\n' PREREQUISITE VERSION STATE "NEEDED FOR"
  for name in $PREREQ_ALL; do
    prereq_probe "$name"
    if [ "$P_STATE" != OK ] && [ "$install" = yes ] && [ -n "$P_APT" ] && [ "$P_FIX" = "apt-get install -y $P_APT" ]; then
      # shellcheck disable=SC2086 # a list of package names
      prereq_apt_install $P_APT >&2 || true
      prereq_probe "$name"
    fi
    printf '%-12s %-34s %-8s %s\n' "$name" "${P_VERSION:--}" "$P_STATE" "$P_NEED"
    if [ "$P_STATE" != OK ]; then
      prereq_fix_line "$P_FIX"
      if prereq_optional "$name"; then optional_missing+=("$name"); else failed=1; fi
    fi
  done
  if [ "$failed" -eq 0 ] && [ "${#optional_missing[@]}" -gt 0 ]; then
    echo "All required prerequisites are there; optional, not there: ${optional_missing[*]} (see its 'fix' above)."
  elif [ "$failed" -eq 0 ]; then
    echo "All prerequisites are there."
  else
    echo "Some prerequisites are missing: see each 'fix' above$(is_root || echo ' (run the fixes as root)')."
    return 1
  fi
}
