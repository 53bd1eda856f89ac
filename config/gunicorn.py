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
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Load the application once, before forking: less memory, faster workers.
preload_app = True
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# The proxy in front (nginx, Caddy) sets X-Forwarded-For/Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
