#!/usr/bin/env bash
# Start the local PostgreSQL 15 cluster "main" and make sure role and database "citynet" exist
# (idempotent; installs Debian's postgresql package first on a machine that lacks it).
# The role has CREATEDB because the test runner creates its own test database.
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
DB_NAME=citynet
DB_USER=citynet
DB_PASSWORD=citynet
DB_URL=postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME
START_TIMEOUT=${PG_START_TIMEOUT:-60}

say() { echo "[start-postgres] $*"; }
die() { echo "[start-postgres] ERROR: $*" >&2; exit 1; }

cluster_status() { # prints the status column of $PG_VERSION/$PG_CLUSTER, nothing if it does not exist
    pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c {print $4}'
}

# --- install -------------------------------------------------------------------------------
if ! command -v pg_ctlcluster >/dev/null || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
    say "installing Debian package postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
if [ -z "$(cluster_status)" ]; then
    say "creating cluster $PG_VERSION/$PG_CLUSTER"
    pg_createcluster --port="$PG_PORT" "$PG_VERSION" "$PG_CLUSTER"
fi
port=$(pg_conftool -s "$PG_VERSION" "$PG_CLUSTER" show port 2>/dev/null || echo "$PG_PORT")
[ "$port" = "$PG_PORT" ] || die "cluster $PG_VERSION/$PG_CLUSTER is configured for port $port, expected $PG_PORT"

# --- start ---------------------------------------------------------------------------------
if [ "$(cluster_status)" = online ]; then
    say "cluster $PG_VERSION/$PG_CLUSTER already running"
else
    say "starting cluster $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
fi

t0=$SECONDS
until pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; do
    if [ $((SECONDS - t0)) -ge "$START_TIMEOUT" ]; then
        tail -n 30 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 || true
        die "PostgreSQL does not accept connections on 127.0.0.1:$PG_PORT after ${START_TIMEOUT}s"
    fi
    sleep 0.5
done

# --- role and database ---------------------------------------------------------------------
as_postgres() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"); }

if [ "$(as_postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" = 1 ]; then
    # Re-assert the attributes, in case the role was created by hand differently.
    as_postgres -c "ALTER ROLE $DB_USER WITH LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
else
    say "creating role $DB_USER"
    as_postgres -c "CREATE ROLE $DB_USER WITH LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
fi
if [ "$(as_postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
    say "creating database $DB_NAME"
    as_postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
fi

# Prove that the URL works with password authentication over TCP.
PGPASSWORD=$DB_PASSWORD psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null \
    || die "cannot connect as $DB_USER to $DB_NAME on 127.0.0.1:$PG_PORT"
say "PostgreSQL is ready"
echo "$DB_URL"
