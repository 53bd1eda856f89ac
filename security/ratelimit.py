"""Rate limits per client address (docs/security.md), counted in Django's
cache (`django.core.cache`: the local memory by default, Redis when
REDIS_URL configures it), so one client cannot exhaust the server.

Anonymous readers' requests to routes that search or build a file
(settings.RATELIMIT_PUBLIC_PATHS: search, library, suggest, exports,
calendars, feeds, API), and everyone's login and password-reset posts, are
counted per address in fixed windows; past the limit the answer is a 429
page in the reader's language, or on /api/ the JSON error docs/api.md
documents. A password reset past its address's limit sends nothing and shows
the same "sent" page as any other, so the limit tells nothing about
accounts; it is per requesting address only, so nobody elsewhere can use up
a real user's resets. A login post (the admin's or the members')
for the user a browser's known-device cookie names, set by their login with
their current password (security/devices.py), is not counted per address:
django-axes still counts its failures. The limits hold for every method:
Wagtail's router serves a POST to a page as a GET.
"""

import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from . import devices


def client_address(request):
    """The client's address: REMOTE_ADDR, or behind RATELIMIT_PROXY_COUNT
    proxies the address that many entries from the right of X-Forwarded-For."""
    proxies = settings.RATELIMIT_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hit(scope, key, limit):
    """Count one request for (scope, key); None while within `limit`
    ((count, seconds)), else the seconds until the window ends."""
    count, seconds = limit
    now = time.time()
    window = int(now // seconds)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=seconds + 1)
    try:
        within = cache.incr(cache_key) <= count
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds + 1)
        within = True
    return None if within else max(1, math.ceil(seconds - now % seconds))


# The members' login (Wagtail's view restriction form) in every language.
MEMBERS_LOGIN = re.compile(r"^/[\w-]+/_util/login/$")


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_rules = [
            (name, re.compile(pattern), settings.RATELIMITS[name])
            for name, pattern in settings.RATELIMIT_PUBLIC_PATHS.items()
        ]

    def __call__(self, request):
        refused = self.check(request)
        return refused if refused is not None else self.get_response(request)

    def check(self, request):
        if not settings.RATELIMIT_ENABLED:
            return None
        address = client_address(request)
        path = request.path
        if request.method == "POST":
            if path == reverse("wagtailadmin_login") or MEMBERS_LOGIN.match(path):
                if devices.known_user(request, request.POST.get("username")) is not None:
                    return None
                wait = hit("login", address, settings.RATELIMITS["login"])
                return None if wait is None else too_many(request, wait)
            if path == reverse("wagtailadmin_password_reset"):
                if hit("reset-address", address, settings.RATELIMITS["reset_address"]) is None:
                    return None
                return redirect("wagtailadmin_password_reset_done")
        # Any method: Wagtail's router answers a POST to a page as to a GET.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None
        for name, pattern, limit in self.public_rules:
            if pattern.match(path):
                wait = hit(name, address, limit)
                return None if wait is None else too_many(request, wait)
        return None


def too_many(request, wait):
    if request.path.startswith("/api/"):
        # The API's own error format (docs/api.md, opendata/api.py).
        response = JsonResponse(
            {
                "error": "rate_limited",
                "parameter": None,
                "detail": f"Too many requests from this client: try again in {wait} seconds.",
            },
            status=429,
        )
    else:
        response = render(request, "security/429.html", status=429)
    response["Retry-After"] = str(wait)
    response["Cache-Control"] = "no-store"
    return response
