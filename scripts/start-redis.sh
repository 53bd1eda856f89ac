#!/usr/bin/env bash
# Start a local Redis on 127.0.0.1:${REDIS_PORT:-6379} for the tests that need a shared cache
# (idempotent; installs Debian's redis-server first on a machine that lacks it). Its data lives
# in .cache/redis and nothing is saved to disk: it holds caches only.
set -euo pipefail

PORT=${REDIS_PORT:-6379}
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.cache/redis"

say() { echo "[start-redis] $*"; }

if ! command -v redis-server >/dev/null; then
    say "installing Debian package redis-server"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends redis-server >/dev/null
fi
if redis-cli -p "$PORT" ping 2>/dev/null | grep -q PONG; then
    say "Redis already answers on 127.0.0.1:$PORT"
    exit 0
fi
mkdir -p "$DIR"
redis-server --bind 127.0.0.1 --port "$PORT" --daemonize yes --save "" --appendonly no \
    --dir "$DIR" --logfile "$DIR/redis.log" --pidfile "$DIR/redis.pid"
for _ in $(seq 1 50); do
    if redis-cli -p "$PORT" ping 2>/dev/null | grep -q PONG; then
        say "Redis is up on 127.0.0.1:$PORT (log: $DIR/redis.log)"
        exit 0
    fi
    sleep 0.2
done
echo "[start-redis] ERROR: Redis did not answer on 127.0.0.1:$PORT; see $DIR/redis.log" >&2
exit 1
