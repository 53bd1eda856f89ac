"""The site's public address: where every absolute URL it writes points.

One setting, WAGTAILADMIN_BASE_URL (read from the environment, e.g.
https://cities.example or https://data.example.org:8443; docs/deploying.md).
Not the request's host: the data files are built by a command with no
request, a proxy or health check may reach the application under another
name, and a cached feed or page must not carry whichever Host header came
first. Not the Wagtail Site's hostname and port either: a Site cannot say
https on a port other than 443, and Wagtail matches requests against it.

Pages get it through `BasePage.get_url_parts` (so `get_full_url`, Wagtail's
frontend cache purges and e-mails agree); other paths through `absolute`.
`check_public_address` refuses a production start without one.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}  # noqa: S104 (names, not a bind)


def base():
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def host():
    """The public host name, e.g. for calendar UIDs."""
    return urlsplit(base()).hostname or "localhost"


def absolute(url):
    """`url` (a path from the site's root, maybe with a query) on the public
    address; an absolute URL (another site's, a CDN's) is left alone."""
    if not url or urlsplit(url).scheme:
        return url
    return base() + url


def page_url(page, request=None):
    """The public URL of any page, specific or not (None if not routable)."""
    parts = page.get_url_parts(request)
    return absolute(parts[2]) if parts and parts[2] else None


@checks.register(checks.Tags.urls)
def check_public_address(app_configs=None, **kwargs):
    if settings.DEBUG:
        return []
    address = base()
    parts = urlsplit(address)
    # A loopback address is right for a server only loopback reaches (a
    # benchmark, a local try of the production settings).
    local_only = set(settings.ALLOWED_HOSTS) <= LOCAL_HOSTS
    if (
        parts.scheme in ("http", "https")
        and parts.hostname
        and (parts.hostname not in LOCAL_HOSTS or local_only)
    ):
        return []
    return [
        checks.Error(
            f"WAGTAILADMIN_BASE_URL is {address!r}: the API, the exports, the feeds and the "
            "structured data would link there.",
            hint="Set WAGTAILADMIN_BASE_URL to the site's public address, "
            "e.g. https://cities.example (see docs/deploying.md).",
            id="core.E001",
        )
    ]
