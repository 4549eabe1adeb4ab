#!/usr/bin/env bash
# Drive the REAL OpenStack CLI (python-openstackclient + python-blazarclient
# plugin) through the Chameleon bare-metal workflow against any cloud that
# implements Keystone v3 + Blazar v1 + Nova v2.1 + Glance v2 + Neutron v2.0.
#
#   CLOUD_URL=http://127.0.0.1:8788 bash test/conformance/openstack-cli.sh
#
# Endpoints other than Keystone come from the service catalog the cloud
# returns, so nothing here depends on a particular URL layout.
#
# Knobs (all optional):
#   CLOUD_URL          base URL (default http://127.0.0.1:8788)
#   OS_AUTH_URL        default "$CLOUD_URL$AUTH_PATH"; AUTH_PATH default /v3
#   AUTH_TYPES         auth plugins to run the workflow with, space separated
#                      (default "password v3applicationcredential")
#   OS_USERNAME OS_PASSWORD OS_PROJECT_NAME OS_USER_DOMAIN_NAME
#   OS_PROJECT_DOMAIN_NAME      password credentials (defaults demo /
#                      demo-password / CHI-000000 / Default / Default)
#   OS_APPLICATION_CREDENTIAL_ID OS_APPLICATION_CREDENTIAL_SECRET
#                      app-cred credentials (defaults: fixed test values)
#   PEER_REGION        OS_REGION_NAME to use (default CHI@UC; empty = unset)
#   PEER_IMAGE (CC-Ubuntu22.04)  PEER_FLAVOR (baremetal)
#   PEER_NETWORK (sharednet1)    PEER_FIP_NETWORK (public)
#   PEER_NODE_TYPE (compute_skylake)
#   PEER_RESERVED_FLAVOR   if set (e.g. g1.h100.pci.1), run the KVM@TACC
#                      flavor-reservation workflow with that flavor instead
#                      of the bare-metal one
#   LEASE_TIMEOUT (600) SERVER_TIMEOUT (1800) DELETE_TIMEOUT (600) POLL (5) s
#   PEER_MARK_URL      if set, POST {"label": step} there before each step
#                      (a test server's own marker endpoint); leave unset for
#                      any other server.
#   PEER_VERBOSE=1     print every command's output
#
# Exit status 0 only if every step passed. Stops at the first failure
# (after best-effort cleanup). Last line: "N passed, N failed".
set -u

CLOUD_URL=${CLOUD_URL:-http://127.0.0.1:8788}
CLOUD_URL=${CLOUD_URL%/}
AUTH_PATH=${AUTH_PATH:-/v3}
AUTH_TYPES=${AUTH_TYPES:-"password v3applicationcredential"}
PEER_REGION=${PEER_REGION-CHI@UC}
PEER_IMAGE=${PEER_IMAGE:-CC-Ubuntu22.04}
PEER_FLAVOR=${PEER_FLAVOR:-baremetal}
PEER_NETWORK=${PEER_NETWORK:-sharednet1}
PEER_FIP_NETWORK=${PEER_FIP_NETWORK:-public}
PEER_NODE_TYPE=${PEER_NODE_TYPE:-compute_skylake}
PEER_RESERVED_FLAVOR=${PEER_RESERVED_FLAVOR:-}
LEASE_TIMEOUT=${LEASE_TIMEOUT:-600}
SERVER_TIMEOUT=${SERVER_TIMEOUT:-1800}
DELETE_TIMEOUT=${DELETE_TIMEOUT:-600}
POLL=${POLL:-5}

# credentials captured once so each auth mode can be set up from scratch
P_AUTH_URL=${OS_AUTH_URL:-$CLOUD_URL$AUTH_PATH}
P_USERNAME=${OS_USERNAME:-demo}
P_PASSWORD=${OS_PASSWORD:-demo-password}
P_PROJECT_NAME=${OS_PROJECT_NAME:-CHI-000000}
P_USER_DOMAIN=${OS_USER_DOMAIN_NAME:-Default}
P_PROJECT_DOMAIN=${OS_PROJECT_DOMAIN_NAME:-Default}
P_AC_ID=${OS_APPLICATION_CREDENTIAL_ID:-0123456789abcdef0123456789abcdef}
P_AC_SECRET=${OS_APPLICATION_CREDENTIAL_SECRET:-peer-appcred-secret}

PASSED=0
FAILED=0
SKIPPED=0
OUT=""          # stdout of the last `run`
ERR=""          # stderr of the last `run`
WORK=$(mktemp -d /tmp/peer-clients.XXXXXX)
SUFFIX="$(date +%s)-$$"

# state for cleanup
LEASE_ID="" SERVER_ID="" FIP_ID="" FIP_ADDR="" KEY_NAME=""

command -v openstack >/dev/null 2>&1 || {
    echo "openstack CLI not found (apt-get install python3-openstackclient python3-blazarclient)"
    echo "0 passed, 1 failed"; exit 2; }

say() { printf '%s\n' "$*"; }

mark() {
    [ -n "${PEER_MARK_URL:-}" ] || return 0
    python3 - "$PEER_MARK_URL" "$1" <<'PY' >/dev/null 2>&1 || true
import json, sys, urllib.request
req = urllib.request.Request(sys.argv[1], data=json.dumps({"label": sys.argv[2]}).encode(),
                             headers={"Content-Type": "application/json"}, method="POST")
urllib.request.urlopen(req, timeout=5).read()
PY
}

# run LABEL -- cmd...   : run once, record output in $OUT, return its status
run() {
    local label=$1; shift; [ "$1" = "--" ] && shift
    mark "$label"
    OUT=$("$@" 2>"$WORK/stderr"); local rc=$?
    ERR=$(cat "$WORK/stderr" 2>/dev/null)
    if [ "${PEER_VERBOSE:-0}" = 1 ]; then say "\$ $*"; say "$OUT"; say "$ERR"; fi
    return $rc
}

pass() { PASSED=$((PASSED + 1)); say "PASS  $1"; }

finish() {
    rm -rf "$WORK"
    if [ "$SKIPPED" -gt 0 ]; then
        say "$PASSED passed, $FAILED failed, $SKIPPED skipped"
    else
        say "$PASSED passed, $FAILED failed"
    fi
    [ "$FAILED" -eq 0 ] && exit 0 || exit 1
}

cleanup() {  # best effort, not counted
    [ -n "$FIP_ID" ] && openstack floating ip delete "$FIP_ID" >/dev/null 2>&1
    [ -n "$SERVER_ID" ] && openstack server delete "$SERVER_ID" >/dev/null 2>&1
    [ -n "$KEY_NAME" ] && openstack keypair delete "$KEY_NAME" >/dev/null 2>&1
    [ -n "$LEASE_ID" ] && openstack reservation lease delete "$LEASE_ID" >/dev/null 2>&1
    FIP_ID="" SERVER_ID="" KEY_NAME="" LEASE_ID=""
}

fail() {
    FAILED=$((FAILED + 1))
    say "FAIL  $1"
    { [ -n "$OUT" ] && say "$OUT"; [ -n "$ERR" ] && say "$ERR"; } | sed 's/^/      | /' | tail -n 40
    say "(cleaning up what was created)"
    cleanup
    finish
}

# check LABEL -- cmd... : run; pass if exit 0 else fail (and stop)
check() {
    local label=$1
    if run "$@"; then pass "$label"; else fail "$label"; fi
}

# json helper: jget EXPR  (reads JSON from $OUT, prints python expr result).
# Leading non-JSON lines are skipped: `reservation lease create -f json`
# prints "Created a new lease:" before the JSON document.
PYJSON='
import json, sys
def load():
    lines = sys.stdin.read().splitlines()
    for i, l in enumerate(lines):
        if l.lstrip()[:1] in ("{", "["):
            try:
                return json.loads("\n".join(lines[i:]))
            except ValueError:
                pass
    sys.exit(3)
'
jget() {
    printf '%s' "$OUT" | python3 -c "$PYJSON"'
d = load()
r = eval(sys.argv[1], {"d": d, "json": json})
if r is None or r == "":
    sys.exit(4)
print(r)' "$1"
}

# from `lease show -f json`: id of the reservation of type $1 (default physical:host).
# blazarclient renders the reservations list as newline-joined JSON objects
# inside one string (table/json/value formatters alike); accept a real list too.
reservation_id_from_out() {
    printf '%s' "$OUT" | python3 -c "$PYJSON"'
d = load()
r = d.get("reservations")
items = []
if isinstance(r, str):
    dec, i, s = json.JSONDecoder(), 0, r.strip()
    while i < len(s):
        while i < len(s) and s[i] in " \r\n\t,": i += 1
        if i >= len(s): break
        o, i = dec.raw_decode(s, i); items.append(o)
elif isinstance(r, list):
    items = r
elif isinstance(r, dict):
    items = [r]
for it in items:
    if isinstance(it, dict) and it.get("resource_type", "physical:host") == sys.argv[1] and it.get("id"):
        print(it["id"]); break
else:
    sys.exit(5)' "${1:-physical:host}"
}

set_auth() {
    unset OS_AUTH_TYPE OS_USERNAME OS_PASSWORD OS_PROJECT_NAME OS_PROJECT_ID \
          OS_USER_DOMAIN_NAME OS_PROJECT_DOMAIN_NAME OS_PROJECT_DOMAIN_ID \
          OS_USER_DOMAIN_ID OS_APPLICATION_CREDENTIAL_ID \
          OS_APPLICATION_CREDENTIAL_SECRET OS_APPLICATION_CREDENTIAL_NAME \
          OS_TOKEN OS_CLOUD OS_REGION_NAME
    export OS_AUTH_URL=$P_AUTH_URL OS_IDENTITY_API_VERSION=3 OS_INTERFACE=public
    [ -n "$PEER_REGION" ] && export OS_REGION_NAME=$PEER_REGION
    export OS_AUTH_TYPE=$1
    case $1 in
        password|v3password)
            export OS_USERNAME=$P_USERNAME OS_PASSWORD=$P_PASSWORD \
                   OS_PROJECT_NAME=$P_PROJECT_NAME \
                   OS_USER_DOMAIN_NAME=$P_USER_DOMAIN \
                   OS_PROJECT_DOMAIN_NAME=$P_PROJECT_DOMAIN ;;
        v3applicationcredential)
            export OS_APPLICATION_CREDENTIAL_ID=$P_AC_ID \
                   OS_APPLICATION_CREDENTIAL_SECRET=$P_AC_SECRET ;;
        *) say "unknown auth type $1"; FAILED=$((FAILED + 1)); finish ;;
    esac
}

make_pubkey() {
    if command -v ssh-keygen >/dev/null 2>&1 &&
       ssh-keygen -q -t ed25519 -N '' -C peer-clients -f "$WORK/id_peer" </dev/null >/dev/null 2>&1; then
        return 0
    fi
    # fallback: a fixed, syntactically valid ed25519 public key
    echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKuZiXrUjo9iyX+aaL+wwMeqsCn4uuVBURtOjlw9VivE peer-clients' \
        > "$WORK/id_peer.pub"
}

# poll LABEL TIMEOUT WANT BAD -- cmd...  : run cmd (prints a status) until
# its output equals WANT; fail at once if it matches the regex BAD.
poll() {
    local label=$1 timeout=$2 want=$3 bad=$4; shift 4; [ "$1" = "--" ] && shift
    local t0=$SECONDS st
    while :; do
        run "$label" -- "$@" || fail "$label (command failed)"
        st=$(printf '%s' "$OUT" | tail -n 1 | tr -d '[:space:]')
        [ "$st" = "$want" ] && { pass "$label ($st after $((SECONDS - t0))s)"; return 0; }
        if [ -n "$bad" ] && printf '%s' "$st" | grep -Eq "^($bad)\$"; then
            fail "$label (reached $st)"
        fi
        [ $((SECONDS - t0)) -ge "$timeout" ] && fail "$label (still '$st' after ${timeout}s)"
        sleep "$POLL"
    done
}

# wait_gone LABEL -- cmd... : pass once cmd fails with a not-found style error
wait_gone() {
    local label=$1; shift; [ "$1" = "--" ] && shift
    local t0=$SECONDS
    while :; do
        if ! run "$label" -- "$@"; then
            if printf '%s\n%s' "$OUT" "$ERR" | grep -Eqi 'not found|no server with|could not be found|404|unable to find|does not exist'; then
                pass "$label (gone after $((SECONDS - t0))s)"; return 0
            fi
            fail "$label (unexpected error)"
        fi
        [ $((SECONDS - t0)) -ge "$DELETE_TIMEOUT" ] && fail "$label (still present after ${DELETE_TIMEOUT}s)"
        sleep "$POLL"
    done
}

workflow() {
    local mode=$1 tag="[$1]"
    local lease_name="peer-lease-$SUFFIX-$mode" server_name="peer-server-$SUFFIX-$mode"
    KEY_NAME=""
    set_auth "$mode"

    # --- identity -----------------------------------------------------------
    check "$tag token issue" -- openstack token issue -f json
    jget 'd["id"] and d["project_id"] and d["expires"]' >/dev/null ||
        fail "$tag token issue output lacks id/project_id/expires"

    # --- blazar: hosts ------------------------------------------------------
    check "$tag reservation host list" -- openstack reservation host list -f json
    local host_id
    host_id=$(jget 'd[0]["id"] if d else ""') || fail "$tag reservation host list returned no hosts"
    check "$tag reservation host show $host_id" -- openstack reservation host show "$host_id" -f json
    jget 'd["hypervisor_hostname"]' >/dev/null || fail "$tag host show lacks hypervisor_hostname"
    if openstack command list -f value 2>/dev/null | grep -q 'reservation allocation list'; then
        check "$tag reservation allocation list host" -- openstack reservation allocation list host
    else
        SKIPPED=$((SKIPPED + 1))
        say "SKIP  $tag reservation allocation list host (not in this python-blazarclient)"
    fi

    # --- catalog-backed lookups -----------------------------------------------
    check "$tag image list" -- openstack image list -f json
    jget '[i for i in d if i["Name"] == "'"$PEER_IMAGE"'"][0]["ID"]' >/dev/null ||
        fail "$tag image list lacks $PEER_IMAGE"
    check "$tag flavor list" -- openstack flavor list -f json
    jget '[i for i in d if i["Name"] == "'"$PEER_FLAVOR"'"][0]["ID"]' >/dev/null ||
        fail "$tag flavor list lacks $PEER_FLAVOR"
    check "$tag network list" -- openstack network list -f json
    jget '[i for i in d if i["Name"] == "'"$PEER_NETWORK"'"][0]["ID"]' >/dev/null ||
        fail "$tag network list lacks $PEER_NETWORK"
    jget '[i for i in d if i["Name"] == "'"$PEER_FIP_NETWORK"'"][0]["ID"]' >/dev/null ||
        fail "$tag network list lacks $PEER_FIP_NETWORK"

    # --- keypair -----------------------------------------------------------------
    make_pubkey
    KEY_NAME="peer-key-$SUFFIX-$mode"
    check "$tag keypair create" -- openstack keypair create --public-key "$WORK/id_peer.pub" "$KEY_NAME" -f json
    check "$tag keypair list" -- openstack keypair list -f json
    jget '[i for i in d if i["Name"] == "'"$KEY_NAME"'"][0]["Fingerprint"]' >/dev/null ||
        fail "$tag keypair list lacks $KEY_NAME"

    # --- lease -------------------------------------------------------------------
    check "$tag reservation lease list" -- openstack reservation lease list -f json
    # Blazar rejects a start date earlier than the current minute; avoid
    # crossing a minute boundary between computing it and the server's check.
    local sec; sec=$(date -u +%S); sec=${sec#0}
    [ "$sec" -ge 50 ] && sleep $((61 - sec))
    local start end
    start=$(date -u +'%Y-%m-%d %H:%M')
    end=$(date -u -d '+1 day' +'%Y-%m-%d %H:%M')
    check "$tag reservation lease create" -- openstack reservation lease create \
        --reservation "min=1,max=1,resource_type=physical:host,resource_properties=[\"==\",\"\$node_type\",\"$PEER_NODE_TYPE\"]" \
        --start-date "$start" --end-date "$end" "$lease_name" -f json
    LEASE_ID=$(jget 'd["id"]') || fail "$tag lease create output lacks id"
    check "$tag reservation lease list (has lease)" -- openstack reservation lease list -f json
    jget '[i for i in d if i["id"] == "'"$LEASE_ID"'"][0]["name"]' >/dev/null ||
        fail "$tag lease list lacks $LEASE_ID"
    check "$tag reservation lease show (by name)" -- openstack reservation lease show "$lease_name" -f json
    [ "$(jget 'd["id"]')" = "$LEASE_ID" ] || fail "$tag lease show by name returned another lease"
    poll "$tag lease ACTIVE" "$LEASE_TIMEOUT" ACTIVE 'ERROR|TERMINATED|DELETED' -- \
        openstack reservation lease show "$LEASE_ID" -f value -c status
    check "$tag reservation lease show -f json" -- openstack reservation lease show "$LEASE_ID" -f json
    local res_id
    res_id=$(reservation_id_from_out) || fail "$tag no physical:host reservation id in lease"
    say "      reservation id $res_id"
    # A day-long lease is within its last 48 hours from the start: Chameleon lets it be prolonged now.
    local end_before end_after
    end_before=$(jget 'd["end_date"]') || fail "$tag lease show lacks end_date"
    check "$tag reservation lease set --prolong-for 1h" -- \
        openstack reservation lease set --prolong-for 1h "$LEASE_ID"
    check "$tag reservation lease show (prolonged)" -- openstack reservation lease show "$LEASE_ID" -f json
    end_after=$(jget 'd["end_date"]') || fail "$tag lease show lacks end_date"
    python3 -c 'import sys, datetime as d; f = lambda s: d.datetime.fromisoformat(s[:19]); sys.exit(0 if f(sys.argv[2]) - f(sys.argv[1]) == d.timedelta(hours=1) else 1)' \
        "$end_before" "$end_after" || fail "$tag --prolong-for 1h moved the end from $end_before to $end_after"

    # --- server ------------------------------------------------------------------
    check "$tag server create" -- openstack server create --flavor "$PEER_FLAVOR" \
        --image "$PEER_IMAGE" --network "$PEER_NETWORK" --key-name "$KEY_NAME" \
        --hint "reservation=$res_id" "$server_name" -f json
    SERVER_ID=$(jget 'd["id"]') || fail "$tag server create output lacks id"
    poll "$tag server ACTIVE" "$SERVER_TIMEOUT" ACTIVE 'ERROR|DELETED' -- \
        openstack server show "$SERVER_ID" -f value -c status
    check "$tag server show (by name)" -- openstack server show "$server_name" -f json
    [ "$(jget 'd["id"]')" = "$SERVER_ID" ] || fail "$tag server show by name returned another server"

    # --- floating ip -------------------------------------------------------------
    check "$tag floating ip create $PEER_FIP_NETWORK" -- openstack floating ip create "$PEER_FIP_NETWORK" -f json
    FIP_ID=$(jget 'd["id"]') || fail "$tag floating ip create lacks id"
    FIP_ADDR=$(jget 'd["floating_ip_address"]') || fail "$tag floating ip create lacks floating_ip_address"
    check "$tag server add floating ip $FIP_ADDR" -- openstack server add floating ip "$SERVER_ID" "$FIP_ADDR"
    check "$tag floating ip show (attached)" -- openstack floating ip show "$FIP_ID" -f json
    jget 'd["port_id"]' >/dev/null || fail "$tag floating ip has no port_id after attach"
    # real Nova refreshes `addresses` from Neutron asynchronously: poll a bit
    local t0=$SECONDS
    while :; do
        run "$tag server show (has floating ip)" -- openstack server show "$SERVER_ID" -f json -c addresses ||
            fail "$tag server show (has floating ip)"
        printf '%s' "$OUT" | grep -qF "$FIP_ADDR" && { pass "$tag server show (has floating ip)"; break; }
        [ $((SECONDS - t0)) -ge 120 ] && fail "$tag server addresses lack $FIP_ADDR after 120s"
        sleep "$POLL"
    done

    # --- teardown (counted) --------------------------------------------------------
    check "$tag server remove floating ip" -- openstack server remove floating ip "$SERVER_ID" "$FIP_ADDR"
    check "$tag floating ip delete" -- openstack floating ip delete "$FIP_ID"; FIP_ID=""
    check "$tag server delete" -- openstack server delete "$SERVER_ID"
    wait_gone "$tag server gone" -- openstack server show "$SERVER_ID" -f value -c status
    SERVER_ID=""
    check "$tag keypair delete" -- openstack keypair delete "$KEY_NAME"; KEY_NAME=""
    check "$tag reservation lease delete" -- openstack reservation lease delete "$LEASE_ID"
    # real Blazar shows DELETING for a while; wait until the list drops it
    local t0=$SECONDS
    while :; do
        run "$tag lease gone" -- openstack reservation lease list -f value -c id ||
            fail "$tag lease gone (lease list failed)"
        printf '%s\n' "$OUT" | grep -qx "$LEASE_ID" || { pass "$tag lease gone (after $((SECONDS - t0))s)"; break; }
        [ $((SECONDS - t0)) -ge "$DELETE_TIMEOUT" ] && fail "$tag lease still listed after ${DELETE_TIMEOUT}s"
        sleep "$POLL"
    done
    LEASE_ID=""
}

# The interpreter `openstack` runs on, whose python-blazarclient library creates a flavor lease when the CLI cannot.
OSC_PYTHON=$(sed -n '1s/^#! *//p' "$(command -v openstack)")
# Args NAME FLAVOR_ID START END; prints the created lease as JSON. The body is Chameleon's documented one, sent
# through blazarclient's own library as python-chi does (`affinity` present and null).
LIBRARY_FLAVOR_LEASE='
import json, sys, openstack
from blazarclient import client
name, flavor_id, start, end = sys.argv[1:5]
conn = openstack.connect()
blazar = client.Client(1, session=conn.session, service_type="reservation",
                       region_name=conn.config.region_name, interface="public")
reservation = {"resource_type": "flavor:instance", "flavor_id": flavor_id, "amount": 1, "affinity": None}
print(json.dumps(blazar.lease.create(name, start, end, [reservation], [])))
'

# KVM@TACC: a flavor:instance lease (create, show, prolong, a server on its reserved flavor, delete).
flavor_workflow() {
    local mode=$1 tag="[$1]"
    local lease_name="peer-flavor-lease-$SUFFIX-$mode" server_name="peer-flavor-server-$SUFFIX-$mode"
    set_auth "$mode"

    check "$tag token issue" -- openstack token issue -f json
    check "$tag flavor show $PEER_RESERVED_FLAVOR" -- openstack flavor show "$PEER_RESERVED_FLAVOR" -f json
    local flavor_id
    flavor_id=$(jget 'd["id"]') || fail "$tag flavor show lacks id"

    local sec; sec=$(date -u +%S); sec=${sec#0}
    [ "$sec" -ge 50 ] && sleep $((61 - sec))
    local start end spec
    start=$(date -u +'%Y-%m-%d %H:%M')
    end=$(date -u -d '+1 day' +'%Y-%m-%d %H:%M')
    spec="resource_type=flavor:instance,flavor_id=$flavor_id,amount=1,affinity=None"
    if run "$tag reservation lease create (flavor:instance)" -- openstack --debug reservation lease create \
        --reservation "$spec" --start-date "$start" --end-date "$end" "$lease_name" -f json; then
        pass "$tag reservation lease create --reservation resource_type=flavor:instance,…"
    elif printf '%s' "$ERR" | grep -q 'in _parse_params' && printf '%s' "$ERR" | grep -q '^KeyError: '; then
        # python-blazarclient 3.5.0's parser knows the keys of physical:host, virtual:instance and
        # virtual:floatingip only; for any other type it looks each non-integer value's key up in an empty
        # table and raises KeyError before sending anything. No spelling of --reservation avoids it.
        SKIPPED=$((SKIPPED + 1))
        say "SKIP  $tag reservation lease create --reservation resource_type=flavor:instance,… (this" \
            "python-blazarclient's --reservation parser raises $(printf '%s' "$ERR" | grep '^KeyError: ' | tail -n 1)" \
            "on a type other than physical:host, virtual:instance, virtual:floatingip, before any request)"
        check "$tag lease create (flavor:instance) through python-blazarclient's library" -- \
            "$OSC_PYTHON" -c "$LIBRARY_FLAVOR_LEASE" "$lease_name" "$flavor_id" "$start" "$end"
    else
        fail "$tag reservation lease create --reservation $spec"
    fi
    LEASE_ID=$(jget 'd["id"]') || fail "$tag lease create output lacks id"

    check "$tag reservation lease show (by name)" -- openstack reservation lease show "$lease_name" -f json
    [ "$(jget 'd["id"]')" = "$LEASE_ID" ] || fail "$tag lease show by name returned another lease"
    local res_id
    res_id=$(reservation_id_from_out flavor:instance) || fail "$tag no flavor:instance reservation in lease"
    say "      reservation id $res_id"
    poll "$tag lease ACTIVE" "$LEASE_TIMEOUT" ACTIVE 'ERROR|TERMINATED|DELETED' -- \
        openstack reservation lease show "$LEASE_ID" -f value -c status

    # A day-long lease is within its last 48 hours from the start: it can be prolonged now.
    check "$tag reservation lease show -f json" -- openstack reservation lease show "$LEASE_ID" -f json
    local end_before end_after
    end_before=$(jget 'd["end_date"]') || fail "$tag lease show lacks end_date"
    check "$tag reservation lease set --prolong-for 1h (flavor lease)" -- \
        openstack reservation lease set --prolong-for 1h "$LEASE_ID"
    check "$tag reservation lease show (prolonged)" -- openstack reservation lease show "$LEASE_ID" -f json
    end_after=$(jget 'd["end_date"]') || fail "$tag lease show lacks end_date"
    python3 -c 'import sys, datetime as d; f = lambda s: d.datetime.fromisoformat(s[:19]); sys.exit(0 if f(sys.argv[2]) - f(sys.argv[1]) == d.timedelta(hours=1) else 1)' \
        "$end_before" "$end_after" || fail "$tag --prolong-for 1h moved the end from $end_before to $end_after"

    # The reserved flavor is named after the reservation; a server on it needs no scheduler hint.
    check "$tag flavor show reservation:$res_id" -- openstack flavor show "reservation:$res_id" -f json
    check "$tag server create --flavor reservation:$res_id" -- openstack server create \
        --flavor "reservation:$res_id" --image "$PEER_IMAGE" --network "$PEER_NETWORK" "$server_name" -f json
    SERVER_ID=$(jget 'd["id"]') || fail "$tag server create output lacks id"
    poll "$tag server ACTIVE" "$SERVER_TIMEOUT" ACTIVE 'ERROR|DELETED' -- \
        openstack server show "$SERVER_ID" -f value -c status
    check "$tag server delete" -- openstack server delete "$SERVER_ID"
    wait_gone "$tag server gone" -- openstack server show "$SERVER_ID" -f value -c status
    SERVER_ID=""

    check "$tag reservation lease delete" -- openstack reservation lease delete "$LEASE_ID"
    local t0=$SECONDS
    while :; do
        run "$tag lease gone" -- openstack reservation lease list -f value -c id ||
            fail "$tag lease gone (lease list failed)"
        printf '%s\n' "$OUT" | grep -qx "$LEASE_ID" || { pass "$tag lease gone (after $((SECONDS - t0))s)"; break; }
        [ $((SECONDS - t0)) -ge "$DELETE_TIMEOUT" ] && fail "$tag lease still listed after ${DELETE_TIMEOUT}s"
        sleep "$POLL"
    done
    LEASE_ID=""
}

say "peer clients: $(openstack --version 2>&1); auth url $P_AUTH_URL; auth types: $AUTH_TYPES"
for mode in $AUTH_TYPES; do
    if [ -n "$PEER_RESERVED_FLAVOR" ]; then flavor_workflow "$mode"; else workflow "$mode"; fi
done
finish
