#!/usr/bin/env bash
# First start: initdb with POSTGRES_PASSWORD, the init scripts on a server only reachable through
# its socket (so a TCP readiness probe passes only once init is done), then the real server.
set -euo pipefail
if [ "${1:-}" != postgres ]; then exec "$@"; fi
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA"
  chown -R postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  exec gosu postgres "$0" "$@"
fi
shift
socket_only=(-c listen_addresses= -c unix_socket_directories=/var/run/postgresql)
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set (the superuser password)}"
  superuser=${POSTGRES_USER:-postgres}
  database=${POSTGRES_DB:-$superuser}
  password_file=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" > "$password_file"
  initdb --username="$superuser" --pwfile="$password_file" --auth-local=trust --auth-host=scram-sha-256 -D "$PGDATA" >/dev/null
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "${socket_only[*]}" -w start >/dev/null
  if [ "$database" != postgres ]; then
    psql -v ON_ERROR_STOP=1 -U "$superuser" -d postgres -c "CREATE DATABASE \"$database\"" >/dev/null
  fi
  for script in /docker-entrypoint-initdb.d/*; do
    case "$script" in
      *.sql) echo "init: running $script"; psql -v ON_ERROR_STOP=1 -U "$superuser" -d "$database" -f "$script" ;;
      *.sh) echo "init: running $script"; . "$script" ;;
      *) ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "init: PostgreSQL init process complete; ready for start up."
fi
exec postgres -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql "$@"
