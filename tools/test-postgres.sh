#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, on a local port, in a folder of its own.
#   tools/test-postgres.sh start   -> initdb (first time) and start; prints the JDBC URL to export as XIANZHI_TEST_PG_URL
#   tools/test-postgres.sh stop    -> stop the server and remove its folder
# Needs Debian's postgresql package. Run as root (the server runs as the postgres user) or as a normal user.
set -euo pipefail
port="${XIANZHI_TEST_PG_PORT:-54329}"
dir="${XIANZHI_TEST_PG_DIR:-/tmp/xianzhi-test-pg}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "test-postgres: no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres: "$dir"
      as_server "$bin/initdb" -D "$dir/data" -U xianzhi --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_server "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    fi
    as_server "$bin/psql" -h 127.0.0.1 -p "$port" -U xianzhi -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'xianzhi_test'" | grep -q 1 \
      || as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U xianzhi xianzhi_test
    echo "jdbc:postgresql://127.0.0.1:$port/xianzhi_test?user=xianzhi"
    ;;
  stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
