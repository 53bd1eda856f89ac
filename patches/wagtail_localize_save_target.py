"""Installs localization.drafts.guarded_save_target as wagtail-localize's
``Translation.save_target``.

Why (docs/ARCHITECTURE.md, "The one patch"): wagtail-localize 1.14 has no
hook, signal or setting between "save this translation" and its target page
or snippet. Its ``save_target(publish=False)`` still writes the translated
fields onto the target's row, which is what a live page serves, and its
"Sync translated pages" view publishes with ``publish=True`` for anyone who
may submit translations. Its views and operations call the concrete
``Translation`` model directly, so a subclass would never be used.

This module only installs the guard; the guard itself is in
localization/drafts.py. ``upstream_save_target`` is wagtail-localize's own
method, kept so the guard can delegate to it and the tests can pin it.
"""

import wagtail_localize
from django.core.exceptions import ImproperlyConfigured
from wagtail_localize.models import Translation

# The wagtail-localize releases this patch was written against and checked
# for: the (major, minor) of the installed version must be one of them.
SUPPORTED = ((1, 14),)

# Read from the class's own namespace when this module is first imported,
# before anything is installed.
upstream_save_target = Translation.__dict__["save_target"]


def check_version(version=None):
    """Refuse to start on a wagtail-localize this patch was not checked for."""
    version = tuple(wagtail_localize.VERSION if version is None else version)
    if version[:2] not in SUPPORTED:
        found = ".".join(str(part) for part in version[:3])
        supported = ", ".join(f"{major}.{minor}.x" for major, minor in SUPPORTED)
        raise ImproperlyConfigured(
            f"patches/wagtail_localize_save_target.py replaces wagtail-localize's "
            f"Translation.save_target and supports wagtail-localize {supported}; "
            f"{found} is installed. Re-check Translation.save_target, "
            f"TranslationSource.create_or_update_translation and their callers "
            f"(views/update_translations.py, views/edit_translation.py, operations.py) "
            f"against localization/drafts.py: remove the patch if the new release "
            f"keeps drafts off live pages and checks the publish permission itself "
            f"(docs/ARCHITECTURE.md, 'The one patch'); otherwise add the release to "
            f"SUPPORTED and update the pinned hashes in tests/test_patches.py."
        )


def _is_upstream(function):
    return (
        getattr(function, "__module__", None) == "wagtail_localize.models"
        and getattr(function, "__qualname__", None) == "Translation.save_target"
    )


def install():
    """Install the guard (idempotent). Called from LocalizationConfig.ready."""
    from localization.drafts import guarded_save_target

    check_version()
    current = Translation.__dict__["save_target"]
    if current is guarded_save_target:
        return
    if current is not upstream_save_target or not _is_upstream(current):
        raise ImproperlyConfigured(
            "wagtail_localize.models.Translation.save_target is not wagtail-localize's "
            f"own method (found {current.__module__}.{current.__qualname__}): something "
            "else replaced it. patches/wagtail_localize_save_target.py must be the only "
            "replacement."
        )
    Translation.save_target = guarded_save_target
