"""Known devices: a lock-out that the real user's browser passes.

django-axes locks a username at one address after AXES_FAILURE_LIMIT
failures. Behind one address (an office's NAT) anybody could so lock a
colleague out. A successful login therefore leaves a signed cookie naming
the user and bound to their current password (a keyed hash of its hash,
like Django's session auth hash), KNOWN_DEVICE_DAYS long. A login post that
carries it for the same username, with the right password, is let through
by django-axes' AXES_WHITELIST_CALLABLE. Wrong passwords are still counted
and locked, with or without the cookie; and a cookie stops working when the
password changes, so whoever once knew a password gains nothing from it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.crypto import constant_time_compare, salted_hmac

COOKIE = "known_device"
SALT = "security.devices"


def _max_age():
    return settings.KNOWN_DEVICE_DAYS * 24 * 60 * 60


def _token(user):
    """The cookie's value for `user`: their username and a keyed hash of
    their password's hash."""
    digest = salted_hmac(SALT, user.password, algorithm="sha256").hexdigest()
    return f"{user.get_username()}:{digest}"


def known_user(request, username):
    """The user named `username` if this browser's cookie was set by their
    login with their current password, else None."""
    if not username:
        return None
    value = request.get_signed_cookie(COOKIE, default=None, salt=SALT, max_age=_max_age())
    if not value or value.rpartition(":")[0] != username:
        return None
    model = get_user_model()
    try:
        user = model._default_manager.get_by_natural_key(username)
    except model.DoesNotExist:
        return None
    return user if user.is_active and constant_time_compare(value, _token(user)) else None


def is_known_device_login(request, credentials=None):
    """AXES_WHITELIST_CALLABLE: True for the right password of the user
    this browser's cookie names."""
    if request is None or not credentials:
        return False
    model = get_user_model()
    username = credentials.get(model.USERNAME_FIELD) or credentials.get("username")
    user = known_user(request, username)
    return user is not None and user.check_password(credentials.get("password") or "")


@receiver(user_logged_in, dispatch_uid="security.devices.remember")
def remember(sender, request, user, **kwargs):
    if request is not None:
        request.known_device_token = _token(user)


class KnownDeviceMiddleware:
    """Sets the cookie on the answer to a successful login."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        token = getattr(request, "known_device_token", None)
        if token:
            response.set_signed_cookie(
                COOKIE,
                token,
                salt=SALT,
                max_age=_max_age(),
                path="/",  # the admin's login and the members' (/<lang>/_util/login/)
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
