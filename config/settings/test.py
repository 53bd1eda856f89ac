"""Test settings: the base settings with fast hashing and no HTTPS redirect.

DATABASE_URL and ELASTICSEARCH_URL are read exactly as in production, so the
same suite runs on SQLite, or on PostgreSQL and Elasticsearch in CI.
"""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("BACKUP_KEY", "test-only-backup-key-of-at-least-32-characters")

from .base import *  # noqa: F403
from .base import DATABASES, ELASTICSEARCH_INDEX_PREFIX, WAGTAILSEARCH_BACKENDS

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The public address (core.addresses) is the test client's host.
WAGTAILADMIN_BASE_URL = "http://testserver"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="citynet-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# A database rolled back between tests sends no signal to purge the page
# cache: the tests of the page cache switch it on themselves.
PAGE_CACHE_ENABLED = False

# wagtail-localize's dummy translator (it reverses the words): machine
# translation is tested without a network service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}

# Concurrent test runs on one database server each name their own test database.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}

# Tests get their own Elasticsearch indexes, so a developer's demo index survives.
# The site's own search index (search.engines) follows the same rule.
if "URLS" in WAGTAILSEARCH_BACKENDS["default"]:
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "test_" + ELASTICSEARCH_INDEX_PREFIX
ELASTICSEARCH_INDEX_PREFIX = "test_" + ELASTICSEARCH_INDEX_PREFIX
# One slow answer of the shared server must not send the next tests to the
# database: no back-off (tests/test_search_outage.py sets its own).
ELASTICSEARCH_RETRY_AFTER = 0

# The suite sends many requests from one address; tests/test_security_ratelimit.py
# switches the limits on with small numbers.
RATELIMIT_ENABLED = False
