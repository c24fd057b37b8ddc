#!/usr/bin/env bash
# Sourced by .ci/run: installs Debian's PostgreSQL if it is missing, starts a throw-away server on
# loopback with its data under a temporary folder, creates the test database, and exports
# ACUBE_TEST_JDBC_URL for the JDBC store tests. Call acube_pg_stop when done (.ci/run traps it).
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "CI: installing PostgreSQL (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
ACUBE_PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
ACUBE_PG_DATA=$(mktemp -d /tmp/acube-pg.XXXXXX)
# The first free port from 55432 (another server, say a developer's, may hold one), unless given.
if [[ -z ${ACUBE_PG_PORT:-} ]]; then
  ACUBE_PG_PORT=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$ACUBE_PG_PORT") 2>/dev/null; do
    ACUBE_PG_PORT=$((ACUBE_PG_PORT + 1))
  done
fi

# PostgreSQL refuses to run as root: use the postgres account the package created.
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$ACUBE_PG_DATA"
  acube_pg() { su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; }
else
  acube_pg() { "$@"; }
fi

acube_pg "$ACUBE_PG_BIN/initdb" -D "$ACUBE_PG_DATA" -A trust -U postgres --no-sync >/dev/null
if ! acube_pg "$ACUBE_PG_BIN/pg_ctl" -D "$ACUBE_PG_DATA" -l "$ACUBE_PG_DATA/server.log" -w \
  -o "-p $ACUBE_PG_PORT -k $ACUBE_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
  cat "$ACUBE_PG_DATA/server.log" >&2 || true
  echo "CI: PostgreSQL did not start on 127.0.0.1:$ACUBE_PG_PORT" >&2
  exit 1
fi
acube_pg "$ACUBE_PG_BIN/psql" -h 127.0.0.1 -p "$ACUBE_PG_PORT" -U postgres -q -c "CREATE DATABASE acube_test"

acube_pg_stop() {
  acube_pg "$ACUBE_PG_BIN/pg_ctl" -D "$ACUBE_PG_DATA" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$ACUBE_PG_DATA"
}

export ACUBE_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:$ACUBE_PG_PORT/acube_test?user=postgres"
echo "CI: PostgreSQL $(basename "$(dirname "$ACUBE_PG_BIN")") on 127.0.0.1:$ACUBE_PG_PORT"
