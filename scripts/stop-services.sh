#!/usr/bin/env bash
# Stop the local Elasticsearch (java processes of user "elasticsearch") and PostgreSQL 15/main.
# Safe to run when either is already stopped.
set -euo pipefail

ES_USER=elasticsearch
say() { echo "[stop-services] $*"; }

es_pids() { pgrep -u "$ES_USER" -x java 2>/dev/null || true; }

if id -u "$ES_USER" >/dev/null 2>&1 && [ -n "$(es_pids)" ]; then
    say "stopping Elasticsearch (pids $(es_pids | xargs))"
    # shellcheck disable=SC2046 # one pid per word
    kill -TERM $(es_pids) 2>/dev/null || true
    for _ in $(seq 1 60); do
        [ -n "$(es_pids)" ] || break
        sleep 1
    done
    if [ -n "$(es_pids)" ]; then
        say "Elasticsearch still running after 60s; sending SIGKILL"
        # shellcheck disable=SC2046
        kill -KILL $(es_pids) 2>/dev/null || true
    fi
    say "Elasticsearch stopped"
else
    say "Elasticsearch is not running"
fi

if command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | awk '$1 == "15" && $2 == "main" && $4 == "online" {found = 1} END {exit !found}'; then
    say "stopping PostgreSQL 15/main"
    pg_ctlcluster --skip-systemctl-redirect 15 main stop -m fast
    say "PostgreSQL stopped"
else
    say "PostgreSQL 15/main is not running"
fi
