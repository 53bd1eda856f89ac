"""Response headers: a strict CSP on the public site (no inline code, so no
per-response nonce a page cache would replay), the admin's policy, framing
denied but for Wagtail's previews, Permissions-Policy, and `check --deploy`
clean in production settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.members_fixtures import *  # noqa: F403  (fixtures)
from tests.test_members_security import edit_data

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_PAGES = [
    "/en/",
    "/el/practices/?theme=housing",
    "/ar/practices/",
    "/en/search/?q=housing",
    "/fa/search/?q=%D8%A2",
    "/en/no-such-page/",
    "/en/news/",
    "/en/cities/athens/",
]


def csp_directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_the_strict_policy_and_no_inline_code(client, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    html = response.content.decode()
    # What the strict policy would block: inline scripts (data blocks such as
    # JSON-LD are not executed and are allowed), <style>, style="", on*="".
    for attributes in re.findall(r"<script\b([^>]*)>", html):
        assert "src=" in attributes or "application/ld+json" in attributes, attributes
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert "javascript:" not in html


@pytest.mark.django_db
def test_the_admin_has_wagtails_policy_and_is_not_framed(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_previews_can_be_framed_by_the_admin(admin_client, city_pages):
    page = city_pages["athens"]["en"]
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = admin_client.post(preview, edit_data(page, "Previewed title"))
    assert posted.json()["is_valid"] is True
    response = admin_client.get(preview)
    assert response.status_code == 200
    assert "Previewed title" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert Page.objects.get(pk=page.pk).title != "Previewed title"


@pytest.mark.django_db
def test_documents_keep_wagtails_own_policy(admin_client, city_media):
    # Wagtail serves documents with "default-src 'none'"; the middleware keeps it.
    _images, documents = city_media
    response = admin_client.get(documents["athens"].url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEBUG", "SECURE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        SECRET_KEY="k" * 20 + "-production-like-secret-key-" + "z" * 30,
        ALLOWED_HOSTS="cities.example",
        WAGTAILADMIN_BASE_URL="https://cities.example",
        **extra,
    )
    return env


def test_check_deploy_is_clean_in_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_hsts_switches_come_from_the_environment():
    probe = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps([settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        " settings.SECURE_HSTS_PRELOAD, settings.X_FRAME_OPTIONS]))"
    )
    run = lambda **env: subprocess.run(  # noqa: E731
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert run() == '[31536000, true, true, "DENY"]'
    switched = run(
        SECURE_HSTS_PRELOAD="false", SECURE_HSTS_INCLUDE_SUBDOMAINS="no", SECURE_HSTS_SECONDS="600"
    )
    assert switched == '[600, false, false, "DENY"]'
