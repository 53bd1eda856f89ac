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


# The demo's moderator, translator and two city editors, to try the
# translation workflow (docs/translation.md) and a city's daily work
# (docs/members.md) in those roles. Same password rules as `admin`.
TEAM = {
    "moderator": "Network moderators",
    "translator": "Translators",
    "athens-editor": "Athens editors",
    "cologne-editor": "Cologne editors",
}


def ensure_team():
    """Create the demo moderator and translator if missing, in their groups.
    Returns {username: password to show, or None if unchanged}."""
    from django.contrib.auth.models import Group

    user_model = get_user_model()
    env_password = os.environ.get("DEMO_ADMIN_PASSWORD") or None
    shown = {}
    for username, group_name in TEAM.items():
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = env_password or (
                LOCAL_PASSWORD if settings.DEBUG else secrets.token_urlsafe(18)
            )
            user = user_model.objects.create_user(
                username, email=f"{username}@citiesnetwork.example", password=password
            )
            shown[username] = password
        else:
            known = [env_password, LOCAL_PASSWORD if settings.DEBUG else None]
            shown[username] = next((p for p in known if p and user.check_password(p)), None)
        user.groups.add(Group.objects.get(name=group_name))
    return shown
