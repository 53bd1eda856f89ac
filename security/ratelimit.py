"""Rate limits per client address (docs/security.md), counted in Django's
cache (`django.core.cache`: the local memory by default, Redis when
REDIS_URL configures it), so one client cannot exhaust the server.

Anonymous readers' search, suggest, export and API requests, and everyone's
login and password-reset posts, are counted per address in fixed windows;
past the limit the answer is a 429 page in the reader's language. A
password reset past its limit (per address or per account e-mail) sends
nothing and shows the same "sent" page as any other, so the limit tells an
attacker nothing about accounts.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.urls import reverse


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
    """Count one request for (scope, key); True while within `limit`
    ((count, seconds))."""
    count, seconds = limit
    window = int(time.time() // seconds)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=seconds + 1)
    try:
        return cache.incr(cache_key) <= count
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds + 1)
        return True


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
            if path == reverse("wagtailadmin_login"):
                if not hit("login", address, settings.RATELIMITS["login"]):
                    return too_many(request)
            elif path == reverse("wagtailadmin_password_reset"):
                return self.check_password_reset(request, address)
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None
        for name, pattern, limit in self.public_rules:
            if pattern.match(path):
                return None if hit(name, address, limit) else too_many(request)
        return None

    def check_password_reset(self, request, address):
        account = (request.POST.get("email") or "").strip().casefold()[:254]
        within = hit("reset-address", address, settings.RATELIMITS["reset_address"])
        if account:
            within = hit("reset-account", account, settings.RATELIMITS["reset_account"]) and within
        if within:
            return None
        return redirect("wagtailadmin_password_reset_done")


def too_many(request):
    response = render(request, "security/429.html", status=429)
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response
