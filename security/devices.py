"""Known devices: a lock-out that the real user's browser passes.

django-axes locks a username at one address after AXES_FAILURE_LIMIT
failures. Behind one address (an office's NAT) anybody could so lock a
colleague out. A successful login therefore leaves a signed cookie naming
the user (KNOWN_DEVICE_DAYS long, admin paths only); a login post that
carries it for the same username, with the right password, is let through
by django-axes' AXES_WHITELIST_CALLABLE. Wrong passwords are still counted
and locked, with or without the cookie, so the cookie is no way to guess.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

COOKIE = "known_device"
SALT = "security.devices"


def _max_age():
    return settings.KNOWN_DEVICE_DAYS * 24 * 60 * 60


def known_username(request):
    """The username this browser signed in as recently, or None."""
    return request.get_signed_cookie(COOKIE, default=None, salt=SALT, max_age=_max_age())


def is_known_device_login(request, credentials=None):
    """AXES_WHITELIST_CALLABLE: True for the right password of the user
    this browser's cookie names."""
    if request is None or not credentials:
        return False
    model = get_user_model()
    username = credentials.get(model.USERNAME_FIELD) or credentials.get("username")
    if not username or known_username(request) != username:
        return False
    try:
        user = model._default_manager.get_by_natural_key(username)
    except model.DoesNotExist:
        return False
    return user.is_active and user.check_password(credentials.get("password") or "")


@receiver(user_logged_in, dispatch_uid="security.devices.remember")
def remember(sender, request, user, **kwargs):
    if request is not None:
        request.known_device_username = user.get_username()


class KnownDeviceMiddleware:
    """Sets the cookie on the answer to a successful login."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        username = getattr(request, "known_device_username", None)
        if username:
            response.set_signed_cookie(
                COOKIE,
                username,
                salt=SALT,
                max_age=_max_age(),
                path="/admin/",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
