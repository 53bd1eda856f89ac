#!/usr/bin/env bash
# A SECOND, throw-away Elasticsearch for the outage test (tests/test_search_outage.py):
#   scripts/start-elasticsearch-second.sh start   # prints its URL once it answers
#   scripts/start-elasticsearch-second.sh stop    # kills it (SIGKILL: an outage, not a shutdown)
#   scripts/start-elasticsearch-second.sh pid     # the server's process id
#
# It reuses the distribution (with the citynet-analysis plugin) that
# scripts/start-elasticsearch.sh unpacked, but with its own port, config copy, data and logs
# under $ES_SECOND_DIR, so stopping it never touches the main server on 9200.
# It runs as the same unprivileged user (ES refuses root).
# Exit status 3: no distribution or no java here (the test skips).
#
# Environment: ES_SECOND_PORT (9250), ES_SECOND_DIR (<repo>/.cache/elasticsearch-second),
# ES_HOME (a distribution to use), ES_JAVA_HOME, ES_SECOND_HEAP (256m), ES_START_TIMEOUT (180).
set -euo pipefail

ES_USER=elasticsearch
PORT=${ES_SECOND_PORT:-9250}
URL=http://127.0.0.1:$PORT
ES_JAVA_HOME=${ES_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
HEAP=${ES_SECOND_HEAP:-256m}
ES_START_TIMEOUT=${ES_START_TIMEOUT:-180}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${ES_SECOND_DIR:-$REPO/.cache/elasticsearch-second}
PIDFILE=$STATE/server.pid

say() { echo "[start-elasticsearch-second] $*" >&2; }
unavailable() { say "unavailable: $*"; exit 3; }

answers() { curl -fsS -m 5 -o /dev/null "$URL/_cluster/health" 2>/dev/null; }
server_pid() { [ -s "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && cat "$PIDFILE"; }

find_home() {
    # This checkout's cache, then the main checkout's (a git worktree shares it), then the
    # location start-elasticsearch.sh uses when the checkout is not traversable.
    local common candidates=()
    [ -n "${ES_HOME:-}" ] && candidates+=("$ES_HOME")
    candidates+=("$REPO"/.cache/elasticsearch/elasticsearch-*)
    if common=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
        candidates+=("$(dirname "$common")"/.cache/elasticsearch/elasticsearch-*)
    fi
    candidates+=(/var/lib/citynet/elasticsearch-*)
    for home in "${candidates[@]}"; do
        if [ -x "$home/bin/elasticsearch" ] && [ -d "$home/plugins/citynet-analysis" ]; then
            echo "$home"
            return 0
        fi
    done
    return 1
}

case "${1:-start}" in
pid)
    server_pid || exit 1
    ;;
stop)
    if pid=$(server_pid); then
        kill -KILL "$pid"
        say "killed $pid"
    fi
    ;;
start)
    if answers; then
        echo "$URL"
        exit 0
    fi
    [ -x "$ES_JAVA_HOME/bin/java" ] || unavailable "no java at $ES_JAVA_HOME"
    id -u "$ES_USER" >/dev/null 2>&1 || unavailable "no user $ES_USER (run scripts/start-elasticsearch.sh once)"
    home=$(find_home) || unavailable "no Elasticsearch distribution with the citynet-analysis plugin (run scripts/start-elasticsearch.sh once)"
    runuser -u "$ES_USER" -- test -x "$home/bin" || unavailable "$ES_USER cannot reach $home"
    mkdir -p "$STATE/data" "$STATE/logs" "$STATE/tmp"
    if [ ! -f "$STATE/config/elasticsearch.yml" ]; then
        rm -rf "$STATE/config"
        cp -r "$home/config" "$STATE/config"
    fi
    chown -R "$ES_USER:$ES_USER" "$STATE"
    runuser -u "$ES_USER" -- test -w "$STATE/data" || unavailable "$ES_USER cannot write $STATE"
    if ! server_pid >/dev/null; then
        say "starting $home on $URL (data: $STATE)"
        rm -f "$PIDFILE"
        setsid runuser -u "$ES_USER" -- env \
            ES_JAVA_HOME="$ES_JAVA_HOME" \
            ES_PATH_CONF="$STATE/config" \
            ES_TMPDIR="$STATE/tmp" \
            ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -Xlog:disable -Xlog:all=warning:stderr -XX:-HeapDumpOnOutOfMemoryError" \
            "$home/bin/elasticsearch" -p "$PIDFILE" \
            -E cluster.name=citynet-outage \
            -E node.name=citynet-outage \
            -E discovery.type=single-node \
            -E network.host=127.0.0.1 \
            -E http.port="$PORT" \
            -E transport.port=$((PORT + 100)) \
            -E path.data="$STATE/data" \
            -E path.logs="$STATE/logs" \
            -E xpack.security.enabled=false \
            -E cluster.routing.allocation.disk.threshold_enabled=false \
            -E action.destructive_requires_name=false \
            -E indices.breaker.total.use_real_memory=false \
            </dev/null >>"$STATE/es.log" 2>&1 &
    fi
    t0=$SECONDS
    until curl -fsS -m 10 -o /dev/null "$URL/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
        if [ $((SECONDS - t0)) -ge "$ES_START_TIMEOUT" ]; then
            tail -n 40 "$STATE/es.log" >&2 || true
            say "ERROR: no yellow health on $URL within ${ES_START_TIMEOUT}s"
            exit 1
        fi
        sleep 0.5
    done
    say "up after $((SECONDS - t0))s"
    echo "$URL"
    ;;
*)
    echo "usage: $0 start|stop|pid" >&2
    exit 2
    ;;
esac
