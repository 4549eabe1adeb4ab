#!/usr/bin/env bash
# Runs Debian's real OpenStack CLI through the whole Chameleon workflow (test/conformance/openstack-cli.sh, with
# password and application-credential authentication) against the built `envboot sim`, then logs in once more the
# way Chameleon's openrc does (v3oidcpassword), and stops the simulator with SIGTERM (it must exit 0).
# Writes .test-results/conformance.json as {"name":"conformance","passed":N,"failed":N,"skipped":N}; a crash counts
# as failed.
#
#   bash test/conformance/run-against-sim.sh
#
# Installs python3-openstackclient and python3-blazarclient with apt-get when `openstack` is missing (root, or
# sudo without a password). Knobs: SIM_SPEED (virtual clock speed, default 120: a 10-minute boot takes 5 s),
# POLL (seconds between status polls, default 1), PEER_VERBOSE=1 (print every command's output).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
SPEED=${SIM_SPEED:-120}
RESULT=$ROOT/.test-results/conformance.json
mkdir -p "$ROOT/.test-results"
WORK=$(mktemp -d /tmp/envboot-conformance.XXXXXX)
SIM_PID=""
PASSED=0
FAILED=0
SKIPPED=0

record() { printf '{"name":"conformance","passed":%d,"failed":%d,"skipped":%d}\n' "$1" "$2" "${3:-0}" > "$RESULT"; }
say() { printf '%s\n' "$*"; }
cleanup() {
  if [ -n "$SIM_PID" ] && kill -0 "$SIM_PID" 2>/dev/null; then kill -KILL "$SIM_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
setup_failed() {
  say "conformance: $*" >&2
  [ -s "$WORK/sim.log" ] && tail -n 20 "$WORK/sim.log" >&2
  record 0 1
  say "0 passed, 1 failed"
  exit 1
}

# --- 1. the real client ---------------------------------------------------------------------------------------
if ! command -v openstack >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi
  say "conformance: installing python3-openstackclient python3-blazarclient (about 30 s)"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null &&
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-openstackclient python3-blazarclient >/dev/null ||
    setup_failed "apt-get install python3-openstackclient python3-blazarclient failed"
fi

# --- 2. the built envboot CLI ---------------------------------------------------------------------------------
if [ ! -f apps/envboot/dist/main.js ]; then
  node scripts/bootstrap.mjs --build || setup_failed "building envboot failed"
fi

# --- 3. the simulator, on a free port -------------------------------------------------------------------------
node apps/envboot/bin/envboot.js sim --port 0 --speed "$SPEED" --openrc "$WORK/sim.env" >"$WORK/sim.out" 2>"$WORK/sim.log" &
SIM_PID=$!
for _ in $(seq 1 200); do
  grep -q '^export ENVBOOT_SIM_URL=' "$WORK/sim.out" 2>/dev/null && break
  kill -0 "$SIM_PID" 2>/dev/null || setup_failed "envboot sim exited before it listened"
  sleep 0.1
done
SIM_URL=$(sed -n 's/^export ENVBOOT_SIM_URL=//p' "$WORK/sim.out")
[ -n "$SIM_URL" ] || setup_failed "envboot sim printed no ENVBOOT_SIM_URL within 20 s"
say "conformance: envboot sim at $SIM_URL (speed $SPEED)"

# --- 4. the workflow, both auth types -------------------------------------------------------------------------
CLOUD_URL=$SIM_URL POLL=${POLL:-1} LEASE_TIMEOUT=${LEASE_TIMEOUT:-120} SERVER_TIMEOUT=${SERVER_TIMEOUT:-300} \
  DELETE_TIMEOUT=${DELETE_TIMEOUT:-120} bash test/conformance/openstack-cli.sh 2>&1 | tee "$WORK/run.log"
closing=$(tail -n 1 "$WORK/run.log")
if [[ $closing =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)? ]]; then
  PASSED=${BASH_REMATCH[1]}
  FAILED=${BASH_REMATCH[2]}
  SKIPPED=${BASH_REMATCH[4]:-0}
else
  say "conformance: openstack-cli.sh ended without its closing line (crash): $closing"
  FAILED=1
fi

# --- 5. Chameleon's openrc login (OpenID Connect password grant, then a project-scoped token) ------------------
oidc() {
  env -u OS_CLOUD -u OS_TOKEN -u OS_APPLICATION_CREDENTIAL_ID -u OS_APPLICATION_CREDENTIAL_SECRET \
    OS_AUTH_URL="$SIM_URL/v3" OS_IDENTITY_API_VERSION=3 OS_INTERFACE=public OS_REGION_NAME=CHI@UC \
    OS_AUTH_TYPE=v3oidcpassword OS_IDENTITY_PROVIDER=chameleon OS_PROTOCOL=openid \
    OS_DISCOVERY_ENDPOINT="$SIM_URL/auth/realms/chameleon/.well-known/openid-configuration" \
    OS_CLIENT_ID=keystone-sim OS_CLIENT_SECRET=none OS_ACCESS_TOKEN_TYPE=access_token \
    OS_USERNAME=demo OS_PASSWORD=demo-password OS_PROJECT_NAME=CHI-000000 OS_PROJECT_DOMAIN_NAME=Default \
    openstack "$@"
}
step() {
  local label=$1; shift
  if out=$("$@" 2>&1); then
    PASSED=$((PASSED + 1)); say "PASS  [v3oidcpassword] $label"
  else
    FAILED=$((FAILED + 1)); say "FAIL  [v3oidcpassword] $label"; printf '%s\n' "$out" | sed 's/^/      | /' | tail -n 20
  fi
}
step "token issue" oidc token issue -f value -c project_id
step "reservation lease list" oidc reservation lease list -f json

# --- 6. a clean stop --------------------------------------------------------------------------------------------
kill -TERM "$SIM_PID"
wait "$SIM_PID"
rc=$?
SIM_PID=""
if [ "$rc" = 0 ]; then
  PASSED=$((PASSED + 1)); say "PASS  envboot sim stopped on SIGTERM (exit 0)"
else
  FAILED=$((FAILED + 1)); say "FAIL  envboot sim stopped on SIGTERM with exit $rc"; tail -n 20 "$WORK/sim.log"
fi

record "$PASSED" "$FAILED" "$SKIPPED"
if [ "$SKIPPED" -gt 0 ]; then say "$PASSED passed, $FAILED failed, $SKIPPED skipped"; else say "$PASSED passed, $FAILED failed"; fi
[ "$FAILED" -eq 0 ]
