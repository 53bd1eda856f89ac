"""The demo's superuser, ``admin``."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

USERNAME = "admin"
# Only ever used with DEBUG on, for a local demo.
LOCAL_PASSWORD = "network-demo-2026"  # noqa: S105


def ensure_admin():
    """Create the superuser if missing. Returns (created, password to show or None).

    The password comes from DEMO_ADMIN_PASSWORD; without it, a fixed local
    password when DEBUG is on, a random one otherwise. An existing user's
    password is never changed.
    """
    user_model = get_user_model()
    env_password = os.environ.get("DEMO_ADMIN_PASSWORD") or None
    user = user_model.objects.filter(username=USERNAME).first()
    if user is None:
        password = env_password or (LOCAL_PASSWORD if settings.DEBUG else secrets.token_urlsafe(18))
        user_model.objects.create_superuser(
            USERNAME, email="admin@citiesnetwork.example", password=password
        )
        return True, password
    for known in (env_password, LOCAL_PASSWORD if settings.DEBUG else None):
        if known and user.check_password(known):
            return False, known
    return False, None
