#!/bin/bash
set -e

# shellcheck source=runtime/functions
source "${PG_APP_HOME}/functions"

[[ ${DEBUG} == true ]] && set -x

# This wigly-wagly code here is required to support spaces in the arguments.
# This will include the quotes around the parameters which include spaces.
declare EXTRA_ARGS=""
function parse_extra_args() {
  whitespace="[[:space:]]"
  for i in "${@}"; do
    if [[ $i =~ $whitespace ]]; then
        # Add qoutes around the parameter
        i=\"$i\"
    fi
    # Add add the parameter to the list...
    EXTRA_ARGS="$EXTRA_ARGS$i "
  done
}

# allow arguments to be passed to postgres
if [[ ${1:0:1} = '-' ]]; then
  parse_extra_args "${@}"
  set --
elif [[ ${1} == postgres || ${1} == $(command -v postgres) ]]; then
  EXTRA_ARGS="${@:2}"
elif [[ ${1} == postgres || ${1} == $(which postgres) ]]; then
  parse_extra_args "${@:2}"
  set --
fi
echo "PostgreSQL extra arguments: ${EXTRA_ARGS}"

setup_postgres() {
  map_uidgid

  create_datadir
  create_certdir
  create_logdir
  create_rundir

  set_resolvconf_perms

  configure_postgresql
}

# default behaviour is to launch postgres
if [[ -z ${1} ]]; then
  [[ ${DEBUG} == true ]] && echo "Will start up the daemon..."
  setup_postgres
  set_postgresql_param "listen_addresses" "*"
  start_postgres
else
  [[ ${DEBUG} == true ]] && echo "Going through the second workflow..."
  set +e
  # ...
  if [ `su-exec postgres pg_ctl -D "$PG_DATADIR" status 2>&1 | grep -q "server is running"` ]; then
    exec su-exec postgres "$@"
  else
    start_postgres_daemon
    exec su-exec postgres "$@"
    stop_postgres_daemon
  fi
fi
