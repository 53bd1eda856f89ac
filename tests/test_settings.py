"""Settings are safe by default and switched on by the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import json, django; from django.conf import settings; django.setup();"
    "print(json.dumps({'debug': settings.DEBUG, 'engine': settings.DATABASES['default']['ENGINE'],"
    "'search': settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'],"
    "'hosts': settings.ALLOWED_HOSTS, 'ssl': settings.SECURE_SSL_REDIRECT,"
    "'secure_cookies': settings.SESSION_COOKIE_SECURE,"
    "'languages': [code for code, _ in settings.LANGUAGES],"
    "'language_code': settings.LANGUAGE_CODE}))"
)
CONFIG_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "ALLOWED_HOSTS",
    "SITE_LANGUAGES",
)


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE="config.settings.base")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings()
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_defaults_are_production_safe_and_embedded():
    result = load_settings(SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == []
    assert values["ssl"] is True
    assert values["secure_cookies"] is True
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["search"] == "search.backends.database"
    assert values["languages"] == ["el", "en", "de", "ru", "uk", "ar", "fa"]
    assert values["language_code"] == "el"


def test_services_are_switched_on_by_environment():
    result = load_settings(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://u:p@db.example:5432/citynet",
        ELASTICSEARCH_URL="http://search.example:9200",
        ALLOWED_HOSTS="cities.example, www.cities.example",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["search"] == "search.backends.elasticsearch"
    assert values["hosts"] == ["cities.example", "www.cities.example"]


def test_languages_are_a_setting():
    result = load_settings(SECRET_KEY="x" * 50, SITE_LANGUAGES="en,ar")
    values = json.loads(result.stdout)
    assert values["languages"] == ["en", "ar"]
    assert values["language_code"] == "en"


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_bad_boolean_is_a_clear_error(value):
    result = load_settings(SECRET_KEY="x" * 50, DEBUG=value)
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr
