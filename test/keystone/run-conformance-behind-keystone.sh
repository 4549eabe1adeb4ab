#!/usr/bin/env bash
# The real OpenStack CLI through the whole Chameleon workflow with a REAL Keystone in front of the simulator:
# `envboot sim --keystone-url` accepts the tokens that Keystone issues (as keystonemiddleware would), and that
# Keystone's catalog (start-keystone.sh with KEYSTONE_SERVICES_BASE) points at the simulator's services.
# Both auth types: the Keystone user's password, and an unrestricted application credential made for the run
# (start-keystone.sh's own credential is restricted, and Blazar refuses leases from restricted credentials).
# Writes .test-results/conformance-keystone.json ({"name","passed","failed"}); a crash counts as failed.
#
#   bash test/keystone/run-conformance-behind-keystone.sh
#
# Uses its own Keystone (KEYSTONE_DIR /tmp/keystone-sim-conformance, a free port, region CHI@UC) and stops it at the
# end, so a Keystone started for the tests is left alone. Needs the openstack CLI (test/conformance/run-against-sim.sh
# installs it) and, the first time, apt-get for Keystone. Knobs: SIM_SPEED (default 120), POLL (default 1).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
RESULT=$ROOT/.test-results/conformance-keystone.json
mkdir -p "$ROOT/.test-results"
WORK=$(mktemp -d /tmp/envboot-keystone-conformance.XXXXXX)
export KEYSTONE_DIR=/tmp/keystone-sim-conformance
SIM_PID=""

record() { printf '{"name":"conformance-keystone","passed":%d,"failed":%d}\n' "$1" "$2" > "$RESULT"; }
cleanup() {
  if [ -n "$SIM_PID" ] && kill -0 "$SIM_PID" 2>/dev/null; then kill -TERM "$SIM_PID" 2>/dev/null; wait "$SIM_PID" 2>/dev/null; fi
  bash "$ROOT/test/keystone/stop-keystone.sh" --purge >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
setup_failed() {
  printf 'conformance-keystone: %s\n' "$*" >&2
  record 0 1
  echo "0 passed, 1 failed"
  exit 1
}

command -v openstack >/dev/null 2>&1 || setup_failed "the openstack CLI is missing (run test/conformance/run-against-sim.sh first, which installs it)"
[ -f apps/envboot/dist/main.js ] || node scripts/bootstrap.mjs --build || setup_failed "building envboot failed"
KS_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# 1. the simulator, told where Keystone will be (tokens are checked there when first seen)
node apps/envboot/bin/envboot.js sim --port 0 --speed "${SIM_SPEED:-120}" --keystone-url "http://127.0.0.1:$KS_PORT/v3" \
  >"$WORK/sim.out" 2>"$WORK/sim.log" &
SIM_PID=$!
for _ in $(seq 1 200); do
  grep -q '^export ENVBOOT_SIM_URL=' "$WORK/sim.out" 2>/dev/null && break
  kill -0 "$SIM_PID" 2>/dev/null || setup_failed "envboot sim exited before it listened"
  sleep 0.1
done
SIM_URL=$(sed -n 's/^export ENVBOOT_SIM_URL=//p' "$WORK/sim.out")
[ -n "$SIM_URL" ] || setup_failed "envboot sim printed no ENVBOOT_SIM_URL"

# 2. a real Keystone whose catalog points at the simulator's services
KEYSTONE_FRESH=1 KEYSTONE_PORT=$KS_PORT KEYSTONE_REGION=CHI@UC KEYSTONE_SERVICES_BASE=$SIM_URL \
  bash test/keystone/start-keystone.sh >"$WORK/keystone.env" || setup_failed "start-keystone.sh failed"
# shellcheck disable=SC1091
. "$WORK/keystone.env"

# 3. an unrestricted application credential for the Keystone user
CRED=$(python3 - "$OS_AUTH_URL" <<'PY'
import json, os, sys, urllib.request
url = sys.argv[1]
def post(path, body, token=None):
    req = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **({"X-Auth-Token": token} if token else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.headers, json.load(r)
h, _ = post("/auth/tokens", {"auth": {"identity": {"methods": ["password"], "password": {"user": {
    "name": os.environ["KEYSTONE_USERNAME"], "domain": {"name": "Default"}, "password": os.environ["KEYSTONE_PASSWORD"]}}},
    "scope": {"project": {"name": os.environ["KEYSTONE_PROJECT_NAME"], "domain": {"name": "Default"}}}}})
_, b = post(f"/users/{os.environ['KEYSTONE_USER_ID']}/application_credentials",
            {"application_credential": {"name": "conformance", "unrestricted": True}}, h["X-Subject-Token"])
print(b["application_credential"]["id"], b["application_credential"]["secret"])
PY
) || setup_failed "creating an application credential failed"
read -r AC_ID AC_SECRET <<<"$CRED"

# 4. the workflow, authenticating at Keystone, every other call to the simulator through Keystone's catalog
echo "conformance-keystone: Keystone $OS_AUTH_URL in front of envboot sim $SIM_URL"
env -u OS_AUTH_TYPE OS_AUTH_URL="$OS_AUTH_URL" OS_USERNAME="$KEYSTONE_USERNAME" OS_PASSWORD="$KEYSTONE_PASSWORD" \
  OS_PROJECT_NAME="$KEYSTONE_PROJECT_NAME" OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default \
  OS_APPLICATION_CREDENTIAL_ID="$AC_ID" OS_APPLICATION_CREDENTIAL_SECRET="$AC_SECRET" PEER_REGION=CHI@UC \
  POLL=${POLL:-1} LEASE_TIMEOUT=120 SERVER_TIMEOUT=300 DELETE_TIMEOUT=120 \
  bash test/conformance/openstack-cli.sh 2>&1 | tee "$WORK/run.log"
closing=$(tail -n 1 "$WORK/run.log")
if [[ $closing =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
  record "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
  [ "${BASH_REMATCH[2]}" -eq 0 ]
else
  echo "conformance-keystone: openstack-cli.sh ended without its closing line (crash): $closing"
  record 0 1
  exit 1
fi
