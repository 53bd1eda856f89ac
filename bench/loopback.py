"""Production settings for a benchmark's server on 127.0.0.1 (DEBUG off,
no TLS redirect: nothing leaves the machine), shared by bench/*.py."""

import os

PRODUCTION_ON_LOOPBACK = {
    "DJANGO_SETTINGS_MODULE": "config.settings.base",
    "SECRET_KEY": "bench-only-secret-key",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
}


def use_production_settings(**extra):
    """Set what the environment does not set already; returns the values."""
    values = {**PRODUCTION_ON_LOOPBACK, **extra}
    for name, value in values.items():
        os.environ.setdefault(name, value)
    return values
