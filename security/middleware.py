"""Response headers for the open internet (docs/security.md).

Two Content-Security-Policies: a strict one for the public site, with no
inline code at all (its scripts and styles are static files, so the policy
is the same for every response and a cached page replays nothing that
depends on the request), and the one Wagtail's admin needs (its templates
carry inline scripts and style attributes). Wagtail's previews are admin
URLs, but Wagtail renders them through the middleware again with a dummy
request (`is_dummy`): they get the public policy, so editors see what
readers' browsers allow, except that the admin may frame them
(frame-ancestors 'self', and Wagtail's own X-Frame-Options: SAMEORIGIN);
every other response is DENY.
"""

from django.conf import settings


def _policy(directives):
    return "; ".join(f"{name} {' '.join(values)}".strip() for name, values in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = _policy(settings.CSP_PUBLIC)
        self.preview_policy = _policy({**settings.CSP_PUBLIC, "frame-ancestors": ["'self'"]})
        self.admin_policy = _policy(settings.CSP_ADMIN)
        self.admin_prefixes = tuple(settings.CSP_ADMIN_PATH_PREFIXES)
        self.header = (
            "Content-Security-Policy-Report-Only"
            if settings.CSP_REPORT_ONLY
            else "Content-Security-Policy"
        )
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENY
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header not in response:
            response[self.header] = self.policy_for(request)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response

    def policy_for(self, request):
        if getattr(request, "is_dummy", False):  # a preview, framed by the admin
            return self.preview_policy
        if request.path.startswith(self.admin_prefixes):
            return self.admin_policy
        return self.public_policy
