#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on a loopback port.
#
#   eval "$(.ci/postgres.sh start 5441)"   # starts it and prints: export DATABASE_URL=postgres://…
#   .ci/postgres.sh stop 5441              # stops it and deletes its files
#
# Installs Debian's postgresql package when its binaries are missing. The cluster runs as the
# postgres user (initdb refuses root), keeps its files in /tmp/onefile-pg-PORT, trusts local
# connections (it listens on 127.0.0.1 only) and skips fsync: it exists for one test run.
set -euo pipefail
COMMAND="${1:-start}"
PORT="${2:-5441}"
DIR="/tmp/onefile-pg-$PORT"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] && [ "$COMMAND" = "start" ]; then
  echo "Installing PostgreSQL from Debian's packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq postgresql >/dev/null
  BIN="$(find_bin)"
fi

case "$COMMAND" in
  start)
    if [ -f "$DIR/data/postmaster.pid" ]; then as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
    as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres onefile_test
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/onefile_test"
    ;;
  stop)
    if [ -n "$BIN" ] && [ -d "$DIR/data" ]; then as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start|stop [PORT]" >&2
    exit 2
    ;;
esac
