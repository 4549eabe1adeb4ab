#!/usr/bin/env bash
# start-keystone.sh: run a real OpenStack Keystone (Debian bookworm's
# python3-keystone 2:22.0.2, i.e. Zed) on 127.0.0.1 for tests.
#
#   test/keystone/start-keystone.sh > ks.env && . ./ks.env
#   ...tests (OS_* = application credential; KEYSTONE_* = passwords, ids)...
#   test/keystone/stop-keystone.sh [--purge]
# (Prefer that to eval "$(start-keystone.sh)": eval of a failed command substitution
# succeeds silently, even under set -e.)
#
# Idempotent: while one is up (same KEYSTONE_DIR), a second run only reprints the env.
#   1. installs python3-keystone + uwsgi-core + uwsgi-plugin-python3 with apt-get if
#      missing (no debconf, no dbconfig, no init script: the `keystone` package is
#      NOT used), waiting for the apt/dpkg lock if another apt-get holds it;
#   2. writes keystone.conf in $KEYSTONE_DIR: sqlite (WAL mode), fernet tokens,
#      credential keys, token expiration $KEYSTONE_TOKEN_EXPIRATION, bcrypt rounds 4,
#      in-process cache when there is one worker. The fernet and credential keys are
#      written directly, in the format keystone-manage fernet_setup/credential_setup
#      write (saves two ~1.5 s python start-ups);
#   3. keystone-manage db_sync, then, while uwsgi starts, keystone-manage bootstrap
#      (admin user + project + role, region, identity endpoints);
#   4. serves keystone-wsgi-public with uwsgi: an HTTP router with keep-alive on
#      127.0.0.1:$KEYSTONE_PORT in front of single-threaded workers (because
#      sqlite + threads gives "database is locked", and a plain
#      --http-socket drops keep-alive connections under Node's http/fetch);
#   5. over the REST API: a non-admin user + project with the member role, the
#      services/endpoints of $KEYSTONE_SERVICES at $KEYSTONE_SERVICES_BASE, and an
#      application credential for that user, checked by authenticating with it and
#      finding every service type in the token's catalog.
# stdout: only `export NAME=value` lines (also saved in $KEYSTONE_DIR/env, mode 600).
# Progress and errors go to stderr. Exit status non-zero on any failure.
#
# Settings (environment):
#   KEYSTONE_DIR               state dir (db, keys, logs, env)   default /tmp/keystone-ci
#   KEYSTONE_PORT              listen port on 127.0.0.1           default 5000
#   KEYSTONE_REGION            region id                          default RegionOne
#   KEYSTONE_TOKEN_EXPIRATION  token lifetime in seconds          default 3600 (60 works)
#   KEYSTONE_WORKERS           uwsgi worker processes             default 1
#                              (1 worker: keystone's in-process cache is on, ~10 ms per
#                              authenticated request; more workers: cache off, ~0.1-0.5 s
#                              per request, because per-process caches would go stale)
#   KEYSTONE_SERVICES_BASE     base URL of the simulated services default http://127.0.0.1:9999
#   KEYSTONE_SERVICES          "type:name:/path ..."               default
#        reservation:blazar:/reservation/v1 compute:nova:/compute/v2.1 image:glance:/image network:neutron:/network
#   KEYSTONE_USER, KEYSTONE_PROJECT                    non-admin user/project, default demo/demo
#   KEYSTONE_ADMIN_PASSWORD, KEYSTONE_USER_PASSWORD    default: random on each fresh start
#   KEYSTONE_FRESH=1           wipe and recreate even if one is running
#   KEYSTONE_NO_INSTALL=1      fail instead of running apt-get
set -euo pipefail

DIR=${KEYSTONE_DIR:-/tmp/keystone-ci}
HOST=127.0.0.1
PORT=${KEYSTONE_PORT:-5000}
REGION=${KEYSTONE_REGION:-RegionOne}
TOKEN_EXPIRATION=${KEYSTONE_TOKEN_EXPIRATION:-3600}
WORKERS=${KEYSTONE_WORKERS:-1}
SERVICES_BASE=${KEYSTONE_SERVICES_BASE:-http://127.0.0.1:9999}
SERVICES=${KEYSTONE_SERVICES:-reservation:blazar:/reservation/v1 compute:nova:/compute/v2.1 image:glance:/image network:neutron:/network}
USER_NAME=${KEYSTONE_USER:-demo}
PROJECT_NAME=${KEYSTONE_PROJECT:-demo}
PY=/usr/bin/python3           # Debian's python: the one python3-keystone is installed for
AUTH_URL="http://$HOST:$PORT/v3"
UWSGI=/usr/bin/uwsgi-core      # not `uwsgi` from PATH: a pip-installed one has no plugins
PACKAGES=(python3-keystone uwsgi-core uwsgi-plugin-python3)
HERE=$(cd "$(dirname "$0")" && pwd)

T0_MS=$(( $(date +%s%N) / 1000000 ))
log() { local ms=$(( $(date +%s%N) / 1000000 - T0_MS )); printf '[keystone %3d.%01ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*" >&2; }
die() { printf 'start-keystone: %s\n' "$*" >&2; exit 1; }

# Keep a CI job's python settings (pyenv, venvs) away from Debian's python.
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP VIRTUAL_ENV || true

print_env() { grep '^export ' "$DIR/env"; }

is_up() {  # our uwsgi alive and answering GET /v3
  [ -s "$DIR/uwsgi.pid" ] && kill -0 "$(cat "$DIR/uwsgi.pid")" 2>/dev/null &&
    "$PY" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$AUTH_URL" 2>/dev/null
}

port_busy() {
  "$PY" -c 'import socket, sys; s = socket.socket(); s.settimeout(1); sys.exit(s.connect_ex((sys.argv[1], int(sys.argv[2]))) != 0)' "$HOST" "$PORT"
}

# ---------------------------------------------------------------- fast path
if [ "${KEYSTONE_FRESH:-0}" != 1 ] && [ -s "$DIR/env" ] && [ -x "$PY" ] && is_up; then
  log "already running (pid $(cat "$DIR/uwsgi.pid")) at $AUTH_URL"
  print_env
  exit 0
fi

# ---------------------------------------------------------------- 1. install
have_keystone() {
  [ -x /usr/bin/keystone-manage ] && [ -x /usr/bin/keystone-wsgi-public ] && [ -x "$UWSGI" ] &&
    [ -e /usr/lib/uwsgi/plugins/python3_plugin.so ] && [ -e /usr/lib/uwsgi/plugins/http_plugin.so ] &&
    "$PY" -c 'import keystone' 2>/dev/null
}

SUDO=""
apt_retry() {  # apt-get, waiting for the dpkg lock (install) or the lists lock (update has no timeout option)
  local out
  for _ in $(seq 1 60); do
    if out=$($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q "$@" 2>&1); then
      printf '%s\n' "$out" | grep -E 'newly installed|^Fetched' >&2 || true
      return 0
    fi
    if printf '%s' "$out" | grep -q -E 'Could not get lock|Unable to lock|Unable to acquire'; then
      log "apt lock held by another process; retrying in 5 s"; sleep 5
    else
      printf '%s\n' "$out" | tail -20 >&2; return 1
    fi
  done
  return 1
}

if ! have_keystone; then
  [ "${KEYSTONE_NO_INSTALL:-0}" = 1 ] && die "keystone is not installed and KEYSTONE_NO_INSTALL=1"
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to apt-get install ${PACKAGES[*]}"
    SUDO="sudo -n"
  fi
  log "installing ${PACKAGES[*]} (cold: ~170 Debian packages, 27 MB, about a minute)"
  apt_retry update || die "apt-get update failed"
  apt_retry install -y --no-install-recommends "${PACKAGES[@]}" || die "apt-get install ${PACKAGES[*]} failed"
  have_keystone || die "installed ${PACKAGES[*]} but keystone-manage/uwsgi are still missing"
  log "installed"
fi

# ---------------------------------------------------------------- 2. configure
if [ -s "$DIR/uwsgi.pid" ]; then  # stale, not answering, or KEYSTONE_FRESH=1: stop it first
  KEYSTONE_DIR=$DIR "$HERE/stop-keystone.sh" || true
fi
if port_busy; then die "127.0.0.1:$PORT is already in use by another process (set KEYSTONE_PORT)"; fi

rm -rf "$DIR"
mkdir -p "$DIR"
chmod 700 "$DIR"
mkdir -m 700 "$DIR/fernet-keys" "$DIR/credential-keys"

randpw() { "$PY" -c 'import secrets; print(secrets.token_urlsafe(18))'; }
ADMIN_PASSWORD=${KEYSTONE_ADMIN_PASSWORD:-$(randpw)}
USER_PASSWORD=${KEYSTONE_USER_PASSWORD:-$(randpw)}

if [ "$WORKERS" = 1 ]; then
  CACHE_CONF=$'enabled = true\nbackend = dogpile.cache.memory'
else
  CACHE_CONF='enabled = false'
fi

cat >"$DIR/keystone.conf" <<CONF
[DEFAULT]
log_file = $DIR/keystone.log
debug = false

[database]
connection = sqlite:///$DIR/keystone.db
# no fsync per commit: this database lives for one test run
sqlite_synchronous = false

[token]
provider = fernet
expiration = $TOKEN_EXPIRATION

[fernet_tokens]
key_repository = $DIR/fernet-keys

[fernet_receipts]
key_repository = $DIR/fernet-keys

[credential]
key_repository = $DIR/credential-keys

[identity]
# bcrypt's minimum: password and application-credential secret checks take ms, not ~0.3 s
password_hash_rounds = 4

[oslo_policy]
# keystone's in-code default policies only: never a policy.yaml or policy.d from the
# host's /etc/keystone (oslo.config searches there too); these paths do not exist
policy_file = $DIR/policy.yaml
policy_dirs = $DIR/policy.d

[cache]
$CACHE_CONF
CONF

log "keys + db_sync"
# What fernet_setup / credential_setup write: key 0 (staged) and 1 (primary), each
# Fernet.generate_key() (base64url of 32 random bytes), mode 600, in a mode-700 dir.
"$PY" - "$DIR" <<'PY'
import base64, os, sys
for repo in ("fernet-keys", "credential-keys"):
    for n in ("0", "1"):
        fd = os.open(os.path.join(sys.argv[1], repo, n), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, base64.urlsafe_b64encode(os.urandom(32)))
        os.close(fd)
PY

# keystone-manage prints a harmless eventlet "Exception ignored in _removeHandlerRef" at exit.
km() {
  keystone-manage --config-file "$DIR/keystone.conf" "$@" >>"$DIR/keystone-manage.log" 2>&1 ||
    { tail -n 30 "$DIR/keystone-manage.log" "$DIR/keystone.log" >&2; die "keystone-manage $1 failed"; }
}
km db_sync
# WAL: keystone leaves read transactions open until garbage collection; in sqlite's
# default rollback-journal mode they block every writer ("database is locked", HTTP
# 500 after 5 s, seen on the first failed login after a successful one).
"$PY" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")' "$DIR/keystone.db"

# ---------------------------------------------------------------- 3. start + bootstrap (in parallel)
log "starting uwsgi on $HOST:$PORT ($WORKERS worker(s)) + bootstrap"
# From here on, a failure stops what was started instead of leaving it running.
trap 'rc=$?; if [ $rc != 0 ]; then KEYSTONE_DIR=$DIR "$HERE/stop-keystone.sh" || true; fi' EXIT
"$UWSGI" --plugins python3,http \
  --http "$HOST:$PORT" --http-keepalive --http-to "$DIR/uwsgi.sock" \
  --socket "$DIR/uwsgi.sock" --chmod-socket=600 \
  --wsgi-file /usr/bin/keystone-wsgi-public \
  --env "OS_KEYSTONE_CONFIG_FILES=$DIR/keystone.conf" \
  --master --processes "$WORKERS" --threads 1 --lazy-apps \
  --buffer-size 65535 --die-on-term --no-orphans --vacuum --skip-atexit-teardown --worker-reload-mercy 5 \
  --procname-prefix-spaced "keystone-ci:$DIR" \
  --pidfile "$DIR/uwsgi.pid" --daemonize "$DIR/uwsgi.log"

OS_BOOTSTRAP_PASSWORD=$ADMIN_PASSWORD km bootstrap \
  --bootstrap-username admin --bootstrap-project-name admin \
  --bootstrap-role-name admin --bootstrap-service-name keystone \
  --bootstrap-region-id "$REGION" \
  --bootstrap-public-url "$AUTH_URL" --bootstrap-internal-url "$AUTH_URL" --bootstrap-admin-url "$AUTH_URL"

# ---------------------------------------------------------------- 4. provision over REST
log "bootstrapped; provisioning user, project, services, application credential"
if ! OUT=$(ADMIN_PASSWORD=$ADMIN_PASSWORD USER_PASSWORD=$USER_PASSWORD "$PY" - "$AUTH_URL" "$REGION" \
      "$USER_NAME" "$PROJECT_NAME" "$SERVICES_BASE" "$SERVICES" "$DIR/uwsgi.pid" <<'PY'
import json, os, sys, time, urllib.error, urllib.request

auth_url, region, user_name, project_name, base, services, pidfile = sys.argv[1:8]

def uwsgi_alive():
    try:
        os.kill(int(open(pidfile).read()), 0)
        return True
    except (OSError, ValueError):
        return False

def call(method, path, body=None, token=None):
    req = urllib.request.Request(auth_url + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("X-Auth-Token", token)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            raw = r.read()
            return r.headers, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path} -> HTTP {e.code} {e.read()[:300]!r}")

start = time.time()
while True:
    try:
        urllib.request.urlopen(auth_url, timeout=2)
        break
    except Exception:
        if time.time() - start > 90:
            raise SystemExit("keystone did not answer GET /v3 within 90 s")
        if time.time() - start > 2 and not uwsgi_alive():
            raise SystemExit("uwsgi exited during start-up (see uwsgi.log)")
        time.sleep(0.1)

def password_token(user, password, project):
    h, b = call("POST", "/auth/tokens", {"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": user, "domain": {"id": "default"}, "password": password}}},
        "scope": {"project": {"name": project, "domain": {"id": "default"}}}}})
    return h["X-Subject-Token"]

admin = password_token("admin", os.environ["ADMIN_PASSWORD"], "admin")
_, b = call("POST", "/projects", {"project": {"name": project_name, "domain_id": "default",
                                              "description": "test project"}}, admin)
project_id = b["project"]["id"]
_, b = call("POST", "/users", {"user": {"name": user_name, "domain_id": "default",
                                        "password": os.environ["USER_PASSWORD"],
                                        "default_project_id": project_id}}, admin)
user_id = b["user"]["id"]
_, b = call("GET", "/roles?name=member", token=admin)
member = b["roles"][0]["id"]
call("PUT", f"/projects/{project_id}/users/{user_id}/roles/{member}", token=admin)

wanted = ["identity"]
for spec in services.split():
    stype, name, path = spec.split(":", 2)
    _, b = call("POST", "/services", {"service": {"type": stype, "name": name, "enabled": True}}, admin)
    for iface in ("public", "internal", "admin"):
        call("POST", "/endpoints", {"endpoint": {"service_id": b["service"]["id"], "interface": iface,
                                                 "region_id": region, "url": base + path}}, admin)
    wanted.append(stype)

user_token = password_token(user_name, os.environ["USER_PASSWORD"], project_name)
_, b = call("POST", f"/users/{user_id}/application_credentials",
            {"application_credential": {"name": "ci", "description": "test application credential"}},
            user_token)
ac = b["application_credential"]
_, b = call("POST", "/auth/tokens", {"auth": {"identity": {"methods": ["application_credential"],
            "application_credential": {"id": ac["id"], "secret": ac["secret"]}}}})
types = {s["type"] for s in b["token"]["catalog"]}
missing = [t for t in wanted if t not in types]
if missing:
    raise SystemExit(f"the application-credential token's catalog lacks {missing}")
print(json.dumps({"user_id": user_id, "project_id": project_id,
                  "ac_id": ac["id"], "ac_secret": ac["secret"]}))
PY
); then
  tail -n 20 "$DIR/uwsgi.log" "$DIR/keystone.log" >&2 || true
  die "provisioning failed (logs in $DIR)"
fi
j() { "$PY" -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$OUT" "$1"; }

umask 077
cat >"$DIR/env" <<ENV
# application credential of $USER_NAME (project $PROJECT_NAME, role member)
export OS_AUTH_URL=$AUTH_URL
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME=$(printf %q "$REGION")
export OS_INTERFACE=public
export OS_AUTH_TYPE=v3applicationcredential
export OS_APPLICATION_CREDENTIAL_ID=$(j ac_id)
export OS_APPLICATION_CREDENTIAL_SECRET=$(printf %q "$(j ac_secret)")
# the same user with its password; admin (role admin on project admin)
export KEYSTONE_USERNAME=$(printf %q "$USER_NAME")
export KEYSTONE_PASSWORD=$(printf %q "$USER_PASSWORD")
export KEYSTONE_USER_ID=$(j user_id)
export KEYSTONE_PROJECT_NAME=$(printf %q "$PROJECT_NAME")
export KEYSTONE_PROJECT_ID=$(j project_id)
export KEYSTONE_USER_DOMAIN_NAME=Default
export KEYSTONE_PROJECT_DOMAIN_NAME=Default
export KEYSTONE_ADMIN_USERNAME=admin
export KEYSTONE_ADMIN_PASSWORD=$(printf %q "$ADMIN_PASSWORD")
export KEYSTONE_ADMIN_PROJECT_NAME=admin
export KEYSTONE_DIR=$DIR
export KEYSTONE_PID=$(cat "$DIR/uwsgi.pid")
ENV
# openrc files for the openstack CLI (source one at a time)
cp "$DIR/env" "$DIR/appcred-openrc.sh"
for who in admin user; do
  if [ "$who" = admin ]; then u=admin; p=$ADMIN_PASSWORD; pr=admin; else u=$USER_NAME; p=$USER_PASSWORD; pr=$PROJECT_NAME; fi
  cat >"$DIR/$who-openrc.sh" <<ENV
export OS_AUTH_URL=$AUTH_URL OS_IDENTITY_API_VERSION=3 OS_REGION_NAME=$(printf %q "$REGION") OS_INTERFACE=public
export OS_AUTH_TYPE=password OS_USERNAME=$(printf %q "$u") OS_PASSWORD=$(printf %q "$p") OS_PROJECT_NAME=$(printf %q "$pr")
export OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default
ENV
done

trap - EXIT
log "ready: $AUTH_URL (pid $(cat "$DIR/uwsgi.pid"), logs and openrc files in $DIR)"
print_env
