"""A small per-client rate limit for the API, in Django's cache.

API_RATE_LIMIT ("120/m" by default; "0" or "" switches it off) allows that
many requests per client address per window (s, m, h or d). A fixed window
counter: one cache add or increment per request, which works the same in
the local memory cache and in Redis. The client is REMOTE_ADDR: behind a
proxy, the proxy (or gunicorn's forwarded-allow-ips) must set it, since
X-Forwarded-For can be written by anyone.
"""

import time

from django.conf import settings
from django.core.cache import cache
from ninja.throttling import BaseThrottle

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(text):
    """'120/m' -> (120, 60); None for no limit."""
    text = (text or "").strip()
    if not text or text == "0":
        return None
    count, _slash, period = text.partition("/")
    return int(count), PERIODS[(period or "m").strip()[:1]]


class ClientRateThrottle(BaseThrottle):
    def allow_request(self, request):
        rate = parse_rate(getattr(settings, "API_RATE_LIMIT", "120/m"))
        if rate is None:
            return True
        limit, period = rate
        now = time.time()
        window = int(now // period)
        key = f"opendata:rate:{request.META.get('REMOTE_ADDR', '')}:{period}:{window}"
        if cache.add(key, 1, period + 1):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, period + 1)
                count = 1
        request._rate_wait = period - (now % period)
        self._last_wait = request._rate_wait
        return count <= limit

    def wait(self):
        return getattr(self, "_last_wait", None)
