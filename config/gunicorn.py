"""gunicorn settings (`make serve-prod`, docs/deploying.md), read from the
environment. Without REDIS_URL the cache is each process's memory, so one
process serves (with threads): several processes would each keep their own
page cache and one could miss another's purge. With Redis they share it."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:" + os.environ.get("PORT", "8100"))
workers = int(
    os.environ.get(
        "WEB_CONCURRENCY",
        multiprocessing.cpu_count() * 2 + 1 if os.environ.get("REDIS_URL") else 1,
    )
)
# Threads keep cached pages flowing while a thread renders a slow page (one
# thread per process: 150 cached req/s during renders instead of 570, as
# connections wait behind the render); each extra thread costs some CPU per
# request in GIL hand-offs, which is why there are not more.
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Load the application once, before forking: less memory, faster workers.
preload_app = True
# No recycling by default: a recycled process forgets the page cache and the
# site memo it holds in memory, and with one process nobody answers while it
# restarts (every 2,000 requests was every few seconds under load, half the
# throughput). Set it if a process ever leaks memory.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# The proxy in front (nginx, Caddy) sets X-Forwarded-For/Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def on_starting(server):
    """Refuse to start on a configuration Django's checks reject (a public
    address on localhost, core.addresses): gunicorn runs none itself. The
    application, so Django, is loaded by then (preload_app)."""
    import sys

    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    try:
        call_command("check")
    except SystemCheckError as error:
        sys.exit(str(error))
