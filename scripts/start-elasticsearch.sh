#!/usr/bin/env bash
# Start a local single-node Elasticsearch on http://127.0.0.1:9200 (idempotent).
#
# Elasticsearch 8.19 has no Debian package: Maven Central serves its minimal server as
# org.elasticsearch.distribution.integ-test-zip:elasticsearch (zip, no bundled JDK, no
# analysis-common module). We fetch it with mvn into <repo>/.cache/elasticsearch/, build and
# install the citynet-analysis stable plugin (scripts/elasticsearch-analysis/), and run the
# server as the unprivileged user "elasticsearch" (ES refuses to run as root).
# If something already answers on 127.0.0.1:9200, nothing is changed.
#
# Environment overrides: ES_START_TIMEOUT (seconds, default 180).
set -euo pipefail

ES_VERSION=8.19.21          # newest 8.19 in Maven metadata; the one place to change the version
ES_FALLBACK_VERSION=8.19.7  # known to work, used only if ES_VERSION does not resolve
ES_USER=elasticsearch
ES_PORT=9200
ES_URL=http://127.0.0.1:$ES_PORT
ES_JAVA_HOME=${ES_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
ES_START_TIMEOUT=${ES_START_TIMEOUT:-180}
PLUGIN_NAME=citynet-analysis

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=$REPO/.cache/elasticsearch
LOG=$CACHE/es.log

say() { echo "[start-elasticsearch] $*"; }
die() { echo "[start-elasticsearch] ERROR: $*" >&2; exit 1; }

es_answers() { curl -fsS -m 5 -o /dev/null "$ES_URL/_cluster/health" 2>/dev/null; }

es_pids() { pgrep -u "$ES_USER" -x java 2>/dev/null || true; }

if es_answers; then
    say "Elasticsearch already answers on $ES_URL; leaving it alone."
    if ! curl -fsS -m 5 "$ES_URL/_cat/plugins?h=component" 2>/dev/null | grep -qx "$PLUGIN_NAME"; then
        say "WARNING: plugin $PLUGIN_NAME is not loaded in the running server (scripts/stop-services.sh, then run this again)."
    fi
    echo "$ES_URL"
    exit 0
fi

# --- tools ---------------------------------------------------------------------------------
missing=()
if [ ! -x "$ES_JAVA_HOME/bin/java" ] || [ ! -x "$ES_JAVA_HOME/bin/javac" ]; then missing+=(openjdk-17-jdk-headless); fi
command -v mvn >/dev/null || missing+=(maven)
command -v unzip >/dev/null || missing+=(unzip)
command -v zip >/dev/null || missing+=(zip)
command -v curl >/dev/null || missing+=(curl)
command -v pgrep >/dev/null || missing+=(procps)
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x "$ES_JAVA_HOME/bin/java" ] || die "no java at $ES_JAVA_HOME (set ES_JAVA_HOME to a JDK 17+)"

# --- .gitignore ----------------------------------------------------------------------------
if ! grep -qxF '.cache/' "$REPO/.gitignore" 2>/dev/null; then
    if [ -s "$REPO/.gitignore" ] && [ -n "$(tail -c1 "$REPO/.gitignore")" ]; then echo >> "$REPO/.gitignore"; fi
    echo '.cache/' >> "$REPO/.gitignore"
fi

# --- download ------------------------------------------------------------------------------
mkdir -p "$CACHE"
fetch() { # fetch VERSION -> 0 if $CACHE/elasticsearch-VERSION.zip exists afterwards
    local v=$1 zip=$CACHE/elasticsearch-$1.zip
    [ -s "$zip" ] && return 0
    say "fetching org.elasticsearch.distribution.integ-test-zip:elasticsearch:$v:zip from Maven Central"
    local t0=$SECONDS
    if mvn -q -B dependency:copy \
        "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$v:zip" \
        "-DoutputDirectory=$CACHE" >"$CACHE/mvn-$v.log" 2>&1 && [ -s "$zip" ]; then
        say "downloaded $zip in $((SECONDS - t0))s"
        return 0
    fi
    say "could not fetch $v (see $CACHE/mvn-$v.log)"
    return 1
}
if ! fetch "$ES_VERSION"; then
    fetch "$ES_FALLBACK_VERSION" || die "could not fetch Elasticsearch $ES_VERSION nor $ES_FALLBACK_VERSION"
    ES_VERSION=$ES_FALLBACK_VERSION
fi

# --- service user and install location -----------------------------------------------------
if ! id -u "$ES_USER" >/dev/null 2>&1; then
    say "creating system user $ES_USER"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
fi
# The unprivileged user must be able to reach the install dir. If the checkout lives somewhere
# it cannot traverse (e.g. under /root), run the server from /var/lib/citynet instead.
ES_BASE=$CACHE
if ! runuser -u "$ES_USER" -- test -x "$CACHE"; then
    ES_BASE=/var/lib/citynet
    say "$ES_USER cannot traverse $CACHE; installing the server under $ES_BASE"
    mkdir -p "$ES_BASE"
fi
ES_HOME=$ES_BASE/elasticsearch-$ES_VERSION

if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    say "unpacking into $ES_HOME"
    tmp=$(mktemp -d "$ES_BASE/.unzip.XXXXXX")
    unzip -q "$CACHE/elasticsearch-$ES_VERSION.zip" -d "$tmp"
    rm -rf "$ES_HOME"
    mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
    rmdir "$tmp"
fi

# --- analysis plugin -----------------------------------------------------------------------
plugin_zip=$("$REPO/scripts/elasticsearch-analysis/build.sh" "$ES_HOME" | tail -n1)
want_sha=$(cat "$plugin_zip.sha256")
stamp=$ES_HOME/.$PLUGIN_NAME.sha256
if [ -f "$ES_HOME/plugins/$PLUGIN_NAME/stable-plugin-descriptor.properties" ] \
    && [ "$(cat "$stamp" 2>/dev/null)" = "$want_sha" ]; then
    say "plugin $PLUGIN_NAME already installed (sha256 ${want_sha:0:12})"
else
    # Stop a server that may still be shutting down before touching plugins/.
    [ -z "$(es_pids)" ] || die "an Elasticsearch java process of user $ES_USER runs but does not answer; run scripts/stop-services.sh first"
    if [ -d "$ES_HOME/plugins/$PLUGIN_NAME" ]; then
        say "removing outdated plugin $PLUGIN_NAME"
        ES_JAVA_HOME=$ES_JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" remove --purge "$PLUGIN_NAME" >/dev/null
    fi
    say "installing plugin $plugin_zip"
    ES_JAVA_HOME=$ES_JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$plugin_zip"
    echo "$want_sha" > "$stamp"
fi

chown -R "$ES_USER:$ES_USER" "$ES_HOME"

# --- start ---------------------------------------------------------------------------------
if [ -n "$(es_pids)" ]; then
    say "an Elasticsearch process of user $ES_USER is already running (pids $(es_pids | xargs)); waiting for it"
else
    say "starting Elasticsearch $ES_VERSION from $ES_HOME (log: $LOG)"
    {
        echo "===== $(date -u '+%Y-%m-%dT%H:%M:%SZ') starting Elasticsearch $ES_VERSION ====="
    } >>"$LOG"
    # -Xlog:disable drops the GC log files jvm.options asks for; no heap dumps of 512 MB on OOM.
    # The disk watermarks are off so a full-ish disk never makes indices read-only, and
    # destructive_requires_name=false lets test teardown delete indices by wildcard.
    setsid runuser -u "$ES_USER" -- env \
        ES_JAVA_HOME="$ES_JAVA_HOME" \
        ES_JAVA_OPTS="-Xms512m -Xmx512m -Xlog:disable -Xlog:all=warning:stderr -XX:-HeapDumpOnOutOfMemoryError" \
        "$ES_HOME/bin/elasticsearch" \
        -E cluster.name=citynet-dev \
        -E node.name=citynet-dev \
        -E discovery.type=single-node \
        -E network.host=127.0.0.1 \
        -E http.port="$ES_PORT" \
        -E transport.port=9300-9399 \
        -E xpack.security.enabled=false \
        -E cluster.routing.allocation.disk.threshold_enabled=false \
        -E action.destructive_requires_name=false \
        -E indices.breaker.total.use_real_memory=false \
        </dev/null >>"$LOG" 2>&1 &
fi

t0=$SECONDS
until curl -fsS -m 10 -o /dev/null "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
    if [ -z "$(es_pids)" ]; then
        sleep 1  # let a just-started launcher appear before concluding it died
        if [ -z "$(es_pids)" ]; then
            echo "----- tail of $LOG -----" >&2
            tail -n 60 "$LOG" >&2 || true
            die "Elasticsearch exited during start-up (full log: $LOG, $ES_HOME/logs/)"
        fi
    fi
    if [ $((SECONDS - t0)) -ge "$ES_START_TIMEOUT" ]; then
        echo "----- tail of $LOG -----" >&2
        tail -n 60 "$LOG" >&2 || true
        die "Elasticsearch did not report yellow health on $ES_URL within ${ES_START_TIMEOUT}s"
    fi
    sleep 1
done
say "Elasticsearch $ES_VERSION is up after $((SECONDS - t0))s"
echo "$ES_URL"
