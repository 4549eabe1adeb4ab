#!/usr/bin/env bash
# Runs Debian's real OpenStack CLI through the whole Chameleon workflow (test/conformance/openstack-cli.sh, with
# password and application-credential authentication) against each bare-metal site of the built `envboot sim`
# (CHI@UC, CHI@TACC, CHI@NU, CHI@NCAR: each at its own address, in its own region, with a node type of its own) and
# its flavor-reservation workflow against KVM@TACC (a g1.h100.pci.1 lease), then logs in at each the way Chameleon's
# openrc does (v3oidcpassword, one identity provider for all), and stops the simulator with SIGTERM (it must exit 0). Reports per site, and writes .test-results/conformance.json as
# {"name":"conformance","passed":N,"failed":N,"skipped":N,"sites":{"uc":{"passed":N,…},…}}; a crash counts as failed.
#
#   bash test/conformance/run-against-sim.sh
#
# Installs python3-openstackclient and python3-blazarclient with apt-get when `openstack` is missing (root, or
# sudo without a password). Knobs: SIM_SPEED (virtual clock speed, default 120: a 10-minute boot takes 5 s),
# SITES (the sites to run against, default uc,tacc,nu,ncar,kvm), POLL (seconds between status polls, default 1),
# PEER_VERBOSE=1 (print every command's output).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
SPEED=${SIM_SPEED:-120}
SITES=${SITES:-uc,tacc,nu,ncar,kvm}
RESULT=$ROOT/.test-results/conformance.json
mkdir -p "$ROOT/.test-results"
WORK=$(mktemp -d /tmp/envboot-conformance.XXXXXX)
SIM_PID=""
PASSED=0
FAILED=0
SKIPPED=0
SITE_RESULTS=""  # ,"uc":{"passed":N,"failed":N,"skipped":N} per site

record() {
  printf '{"name":"conformance","passed":%d,"failed":%d,"skipped":%d,"sites":{%s}}\n' "$1" "$2" "${3:-0}" \
    "${SITE_RESULTS#,}" > "$RESULT"
}
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

# --- 3. the simulator: every site on a free port ----------------------------------------------------------------
node apps/envboot/bin/envboot.js sim --port 0 --speed "$SPEED" --sites "$SITES" --openrc "$WORK/sim.env" \
  >"$WORK/sim.out" 2>"$WORK/sim.log" &
SIM_PID=$!
for _ in $(seq 1 300); do
  grep -q '^export ENVBOOT_SIM_SITES=' "$WORK/sim.out" 2>/dev/null && break
  kill -0 "$SIM_PID" 2>/dev/null || setup_failed "envboot sim exited before it listened"
  sleep 0.1
done
SIM_SITES=$(sed -n 's/^export ENVBOOT_SIM_SITES=//p' "$WORK/sim.out")
[ -n "$SIM_SITES" ] || setup_failed "envboot sim printed no ENVBOOT_SIM_SITES within 30 s"
say "conformance: envboot sim serves $SIM_SITES (speed $SPEED)"

# A node type of each site's own inventory (KVM@TACC has none: a flavor to reserve instead), an image its hosts boot
# (CHI@NCAR's are ARM), and its region.
node_type() { case $1 in uc) echo compute_skylake ;; tacc) echo compute_zen3 ;; ncar) echo arm_thunder ;; kvm) ;; *) echo compute_haswell ;; esac; }
reserved_flavor() { case $1 in kvm) echo g1.h100.pci.1 ;; esac; }
image() { case $1 in ncar) echo CC-Ubuntu22.04-ARM64 ;; *) echo CC-Ubuntu22.04 ;; esac; }
region() { case $1 in uc) echo CHI@UC ;; kvm) echo KVM@TACC ;; *) printf 'CHI@%s' "$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')" ;; esac; }
# The site's application credential id, from the line `envboot sim` prints for it.
appcred_id() { sed -n "s/^#   $1: .*application credential \([0-9a-f]*\).*/\1/p" "$WORK/sim.out"; }

# --- 4. per site: the workflow with both auth types, then Chameleon's openrc login ------------------------------
oidc() {
  local url=$1 region=$2; shift 2
  env -u OS_CLOUD -u OS_TOKEN -u OS_APPLICATION_CREDENTIAL_ID -u OS_APPLICATION_CREDENTIAL_SECRET \
    OS_AUTH_URL="$url/v3" OS_IDENTITY_API_VERSION=3 OS_INTERFACE=public OS_REGION_NAME="$region" \
    OS_AUTH_TYPE=v3oidcpassword OS_IDENTITY_PROVIDER=chameleon OS_PROTOCOL=openid \
    OS_DISCOVERY_ENDPOINT="$url/auth/realms/chameleon/.well-known/openid-configuration" \
    OS_CLIENT_ID=keystone-sim OS_CLIENT_SECRET=none OS_ACCESS_TOKEN_TYPE=access_token \
    OS_USERNAME=demo OS_PASSWORD=demo-password OS_PROJECT_NAME=CHI-000000 OS_PROJECT_DOMAIN_NAME=Default \
    openstack "$@"
}
SUMMARY=""
IFS=, read -r -a ENTRIES <<<"$SIM_SITES"
for entry in "${ENTRIES[@]}"; do
  site=${entry%%=*} url=${entry#*=}
  site_region=$(region "$site")
  unit="node type $(node_type "$site")"
  [ -n "$(reserved_flavor "$site")" ] && unit="flavor $(reserved_flavor "$site") (flavor:instance)"
  say "conformance: site $site ($site_region) at $url, $unit, image $(image "$site")"
  CLOUD_URL=$url PEER_REGION=$site_region PEER_NODE_TYPE=$(node_type "$site") PEER_IMAGE=$(image "$site") \
    PEER_RESERVED_FLAVOR=$(reserved_flavor "$site") \
    OS_APPLICATION_CREDENTIAL_ID=$(appcred_id "$site") POLL=${POLL:-1} LEASE_TIMEOUT=${LEASE_TIMEOUT:-120} \
    SERVER_TIMEOUT=${SERVER_TIMEOUT:-300} DELETE_TIMEOUT=${DELETE_TIMEOUT:-120} \
    bash test/conformance/openstack-cli.sh 2>&1 | sed -u "s/^/[$site] /" | tee "$WORK/run-$site.log"
  closing=$(tail -n 1 "$WORK/run-$site.log")
  closing=${closing#"[$site] "}
  p=0 f=0 k=0
  if [[ $closing =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)? ]]; then
    p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]} k=${BASH_REMATCH[4]:-0}
  else
    say "[$site] conformance: openstack-cli.sh ended without its closing line (crash): $closing"
    f=1
  fi
  for check in "token issue:token issue -f value -c project_id" "reservation lease list:reservation lease list -f json"; do
    label=${check%%:*}
    read -r -a words <<<"${check#*:}"
    if out=$(oidc "$url" "$site_region" "${words[@]}" 2>&1); then
      p=$((p + 1)); say "[$site] PASS  [v3oidcpassword] $label"
    else
      f=$((f + 1)); say "[$site] FAIL  [v3oidcpassword] $label"; printf '%s\n' "$out" | sed "s/^/[$site]       | /" | tail -n 20
    fi
  done
  PASSED=$((PASSED + p)) FAILED=$((FAILED + f)) SKIPPED=$((SKIPPED + k))
  SITE_RESULTS="$SITE_RESULTS,\"$site\":{\"passed\":$p,\"failed\":$f,\"skipped\":$k}"
  SUMMARY="$SUMMARY$(printf '  %-5s %-9s %d passed, %d failed, %d skipped' "$site" "$site_region" "$p" "$f" "$k")"$'\n'
done
say "conformance per site:"
printf '%s' "$SUMMARY"

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
